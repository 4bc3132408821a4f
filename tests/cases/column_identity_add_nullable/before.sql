CREATE TABLE public.t (id bigint, name text);
