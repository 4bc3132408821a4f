CREATE TABLE public.t (id bigint PRIMARY KEY, status text);
