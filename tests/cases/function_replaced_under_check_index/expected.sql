SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'positive' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'n numeric')) THEN
    EXECUTE 'ALTER TABLE "public"."t" DROP CONSTRAINT "t_amount_positive"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'positive' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'n numeric')) THEN
    EXECUTE 'DROP INDEX "public"."t_positive"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'positive' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'n numeric')) THEN
    EXECUTE 'DROP FUNCTION "public"."positive"(n numeric)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.positive(n numeric, strict boolean DEFAULT false)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT n > 0 OR (NOT strict AND n = 0)$function$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_amount_positive')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_amount_positive" CHECK (public.positive(amount))';
  END IF;
END $pgdecl$;
CREATE INDEX IF NOT EXISTS t_positive ON public.t USING btree (public.positive(amount));
