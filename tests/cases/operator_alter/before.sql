CREATE FUNCTION public.f_eq(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a = b';
CREATE OPERATOR public.=== (FUNCTION = public.f_eq, LEFTARG = integer, RIGHTARG = integer);
COMMENT ON OPERATOR public.=== (integer, integer) IS 'old';
CREATE VIEW public.v AS SELECT 1 === 2 AS same;
