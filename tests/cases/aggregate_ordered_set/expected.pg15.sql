SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.collect(integer[], integer)
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT array_append($1, $2)$function$;
CREATE OR REPLACE FUNCTION public.rank_of(integer[], integer, integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 1 + count(*) FROM unnest($1) AS v WHERE v < $2$function$;
CREATE OR REPLACE FUNCTION public.value_at(integer[], double precision, integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT (SELECT v FROM unnest($1) AS v ORDER BY v OFFSET floor($2 * (cardinality($1) - 1)) LIMIT 1)$function$;
CREATE OR REPLACE AGGREGATE "public"."rank_if"(integer ORDER BY integer) (
    SFUNC = public.collect,
    STYPE = integer[],
    FINALFUNC = public.rank_of,
    FINALFUNC_EXTRA,
    INITCOND = '{}',
    HYPOTHETICAL
);
CREATE OR REPLACE AGGREGATE "public"."value_at_fraction"(double precision ORDER BY integer) (
    SFUNC = public.collect,
    STYPE = integer[],
    FINALFUNC = public.value_at,
    FINALFUNC_EXTRA,
    INITCOND = '{}'
);
CREATE OR REPLACE VIEW "public"."score_stats" AS
SELECT public.value_at_fraction((0.5)::double precision) WITHIN GROUP (ORDER BY scores.points) AS median,
    public.rank_if(100) WITHIN GROUP (ORDER BY scores.points) AS rank_of_100
   FROM public.scores;
COMMENT ON AGGREGATE "public"."rank_if"(integer ORDER BY integer) IS 'the rank the value would have';
