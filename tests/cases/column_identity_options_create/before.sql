CREATE TABLE public.old (id integer);
