CREATE FUNCTION public.f_eq(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a = b';
CREATE FUNCTION public.f_eq2(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a = b';
CREATE OPERATOR public.=== (FUNCTION = public.f_eq, LEFTARG = integer, RIGHTARG = integer, HASHES);
CREATE VIEW public.v AS SELECT 1 === 2 AS same;
