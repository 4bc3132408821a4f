CREATE TABLE public.t (id bigint PRIMARY KEY, code text);
