CREATE AGGREGATE public.old_sum(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE public.old_count(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE public.kept(integer) (SFUNC = int4larger, STYPE = integer);
