SET check_function_bodies = off;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."catalogue"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT public.total_length(length) AS runtime
   FROM public.films;') OR EXISTS (SELECT FROM pg_catalog.pg_aggregate o WHERE o.aggfnoid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'total_length' AND p.prokind = 'a' AND CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END = 'integer') AND (CASE o.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END || '|' || pg_catalog.pg_get_function_result(o.aggfnoid)) <> 'normal|character varying') OR EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'minutes' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'total bigint') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|total bigint|character varying') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."catalogue"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_aggregate o WHERE o.aggfnoid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'total_length' AND p.prokind = 'a' AND CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END = 'integer') AND (CASE o.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END || '|' || pg_catalog.pg_get_function_result(o.aggfnoid)) <> 'normal|character varying') OR EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'minutes' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'total bigint') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|total bigint|character varying') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP AGGREGATE "public"."total_length"(integer)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'minutes' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'total bigint') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|total bigint|character varying') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP FUNCTION "public"."minutes"(total bigint)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.minutes(total bigint)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT total || ' min' $function$;
CREATE OR REPLACE AGGREGATE "public"."total_length"(integer) (
    SFUNC = int4_sum,
    STYPE = bigint,
    FINALFUNC = public.minutes
);
CREATE OR REPLACE VIEW "public"."catalogue" AS
SELECT public.total_length(length) AS runtime
   FROM public.films;
GRANT EXECUTE ON FUNCTION "public"."minutes"(total bigint) TO PUBLIC;
GRANT EXECUTE ON FUNCTION "public"."total_length"(integer) TO PUBLIC;
