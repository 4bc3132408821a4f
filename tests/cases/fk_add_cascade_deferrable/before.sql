CREATE TABLE public.clients (id bigint PRIMARY KEY);
CREATE TABLE public.deals (id bigint PRIMARY KEY, client_id bigint);
