CREATE TABLE public.films (id integer PRIMARY KEY, length integer NOT NULL);
CREATE FUNCTION public.minutes(total bigint) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT total || ' min' $$;
CREATE AGGREGATE public.total_length(integer) (SFUNC = int4_sum, STYPE = bigint, FINALFUNC = public.minutes);
CREATE VIEW public.catalogue AS SELECT total_length(length) AS runtime FROM public.films;
