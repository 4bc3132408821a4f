CREATE FUNCTION public.f_eq(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a = b';
CREATE FUNCTION public.f_ne(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select a <> b';
CREATE OPERATOR public.=== (FUNCTION = public.f_eq, LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR(public.===), NEGATOR = OPERATOR(public.!==));
CREATE OPERATOR public.!== (FUNCTION = public.f_ne, LEFTARG = integer, RIGHTARG = integer);
CREATE VIEW public.v AS SELECT 1 === 2 AS same;
