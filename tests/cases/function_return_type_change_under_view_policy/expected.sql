SET check_function_bodies = off;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'tier' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'amount numeric') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|amount numeric|bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP POLICY "small_deals" ON "public"."deals"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."deal_tiers"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    public.tier(amount) AS tier
   FROM public.deals;') OR EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'tier' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'amount numeric') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|amount numeric|bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."deal_tiers"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_proc o WHERE o.oid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'tier' AND pg_catalog.pg_get_function_identity_arguments(p.oid) = 'amount numeric') AND (CASE o.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END || '|' || pg_catalog.pg_get_function_arguments(o.oid) || '|' || coalesce(pg_catalog.pg_get_function_result(o.oid), '')) <> 'function|amount numeric|bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP FUNCTION "public"."tier"(amount numeric)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.tier(amount numeric)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT CASE WHEN amount > 1000 THEN 2 ELSE 1 END::bigint$function$;
CREATE OR REPLACE VIEW "public"."deal_tiers" AS
SELECT id,
    public.tier(amount) AS tier
   FROM public.deals;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."deals"') AND o.polname = 'small_deals')) THEN
    EXECUTE 'CREATE POLICY "small_deals" ON "public"."deals" AS PERMISSIVE FOR SELECT TO PUBLIC USING ((public.tier(amount) < 2))';
  END IF;
END $pgdecl$;
GRANT EXECUTE ON FUNCTION "public"."tier"(amount numeric) TO PUBLIC;
