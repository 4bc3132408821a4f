SET check_function_bodies = off;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'answer' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = '') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function||bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP FUNCTION "public"."answer"()';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.answer()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 42::bigint$function$;
GRANT EXECUTE ON FUNCTION "public"."answer"() TO PUBLIC;
