CREATE TYPE public.numrange2 AS RANGE (subtype = numeric);
CREATE VIEW public.ranges AS SELECT '[1,2)'::public.numrange2 AS r;
CREATE TYPE public.kept AS RANGE (subtype = int4);
COMMENT ON TYPE public.kept IS 'old';
