CREATE TABLE public.t (id bigint PRIMARY KEY, name text NOT NULL);
