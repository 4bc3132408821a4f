CREATE TABLE public.t (id bigint PRIMARY KEY, email text NOT NULL);
