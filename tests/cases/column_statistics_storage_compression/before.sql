CREATE TABLE public.t (id bigint PRIMARY KEY, body text, doc jsonb, n int);
ALTER TABLE public.t ALTER COLUMN n SET STATISTICS 500, ALTER COLUMN doc SET STORAGE main;
