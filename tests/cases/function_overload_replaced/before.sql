CREATE FUNCTION public.f(a integer, b integer DEFAULT 1) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE VIEW public.v AS SELECT public.f(1) AS x;
