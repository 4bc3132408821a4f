SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'f' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'a integer, b integer')) THEN
    EXECUTE 'DROP VIEW "public"."v"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'f' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'a integer, b integer')) THEN
    EXECUTE 'DROP FUNCTION "public"."f"(a integer, b integer)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.f(a integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT a + 1$function$;
CREATE OR REPLACE VIEW "public"."v" AS
SELECT public.f(1) AS x;
