CREATE FUNCTION public.abs_lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select abs(a) < abs(b)';
CREATE FUNCTION public.abs_le(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select abs(a) <= abs(b)';
CREATE FUNCTION public.abs_cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end';
CREATE FUNCTION public.abs_cmp_big(a integer, b bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end';
CREATE OPERATOR public.<<< (FUNCTION = public.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR public.<<= (FUNCTION = public.abs_le, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS public.abs_ops FOR TYPE integer USING btree AS OPERATOR 1 public.<<<, FUNCTION 1 public.abs_cmp(integer, integer);
CREATE TABLE public.readings (id integer PRIMARY KEY, delta integer NOT NULL);
CREATE INDEX readings_delta_abs ON public.readings (delta public.abs_ops);
