SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'greet' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'who text')) THEN
    EXECUTE 'DROP FUNCTION "public"."greet"(who text)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.greet(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 'hello ' || name$function$;
