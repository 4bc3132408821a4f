CREATE TABLE public.cache (k text PRIMARY KEY, v jsonb);
CREATE UNLOGGED TABLE public.scratch (id int);
