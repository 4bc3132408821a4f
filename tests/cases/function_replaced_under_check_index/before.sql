CREATE FUNCTION public.positive(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT n > 0$$;
CREATE TABLE public.t (id bigint PRIMARY KEY, amount numeric, CONSTRAINT t_amount_positive CHECK (public.positive(amount)));
CREATE INDEX t_positive ON public.t ((public.positive(amount)));
