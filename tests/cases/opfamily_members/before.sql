CREATE FUNCTION public.abs_lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select abs(a) < abs(b)';
CREATE FUNCTION public.abs_le(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select abs(a) <= abs(b)';
CREATE FUNCTION public.abs_cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end';
CREATE FUNCTION public.abs_cmp_big(a integer, b bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select case when abs(a) < abs(b) then -1 when abs(a) > abs(b) then 1 else 0 end';
CREATE OPERATOR public.<<< (FUNCTION = public.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR public.<<= (FUNCTION = public.abs_le, LEFTARG = integer, RIGHTARG = integer);
CREATE FUNCTION public.abs_cmp_small(a integer, b smallint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select 0';
CREATE OPERATOR FAMILY public.abs_fam USING btree;
ALTER OPERATOR FAMILY public.abs_fam USING btree ADD FUNCTION 1 (integer, smallint) public.abs_cmp_small(integer, smallint);
