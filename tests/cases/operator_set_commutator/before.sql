CREATE FUNCTION public.f_lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a < b';
CREATE FUNCTION public.f_gt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a > b';
CREATE FUNCTION public.f_eq(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a = b';
CREATE OPERATOR public.<<< (FUNCTION = public.f_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR public.>>> (FUNCTION = public.f_gt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR public.=== (FUNCTION = public.f_eq, LEFTARG = integer, RIGHTARG = integer);
CREATE VIEW public.v AS SELECT 1 <<< 2 AS lt, 1 === 2 AS eq;
