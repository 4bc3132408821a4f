SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION public._group_concat(text, text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END
$function$;
CREATE OR REPLACE AGGREGATE "public"."group_concat"(text) (
    SFUNC = public._group_concat,
    STYPE = text
);
CREATE OR REPLACE AGGREGATE "public"."maxrating"(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    COMBINEFUNC = int4larger,
    SORTOP = OPERATOR("pg_catalog".>)
);
CREATE OR REPLACE AGGREGATE "public"."mycount"(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    COMBINEFUNC = int8pl,
    INITCOND = '0',
    PARALLEL = SAFE
);
CREATE OR REPLACE VIEW "public"."film_titles" AS
SELECT public.group_concat(films.title) AS titles,
    public.mycount(*) AS n,
    public.maxrating(films.rating) AS best
   FROM public.films;
REVOKE ALL ON FUNCTION "public"."maxrating"(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION "public"."maxrating"(integer) FROM "authenticated";
GRANT EXECUTE ON FUNCTION "public"."maxrating"(integer) TO "authenticated";
COMMENT ON AGGREGATE "public"."group_concat"(text) IS 'comma-separated list of the values';
