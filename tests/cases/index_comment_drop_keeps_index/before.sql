CREATE TABLE public.t (id bigint PRIMARY KEY, a int);
CREATE INDEX t_a_idx ON public.t (a);
COMMENT ON INDEX public.t_a_idx IS 'lookup by a';
