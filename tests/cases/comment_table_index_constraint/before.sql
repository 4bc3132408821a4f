CREATE TABLE public.t (id bigint PRIMARY KEY, a int CONSTRAINT t_a_check CHECK (a > 0));
CREATE INDEX t_a_idx ON public.t (a);
COMMENT ON TABLE public.t IS 'old';
