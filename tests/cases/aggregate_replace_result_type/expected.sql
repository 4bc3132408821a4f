DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."payment_stats"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT public.avg_amount(amount) AS average
   FROM public.payments;') OR EXISTS (SELECT FROM pg_catalog.pg_aggregate o WHERE o.aggfnoid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'avg_amount' AND p.prokind = 'a' AND CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END = 'integer') AND (CASE o.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END || '|' || pg_catalog.pg_get_function_result(o.aggfnoid)) <> 'normal|numeric') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."payment_stats"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_aggregate o WHERE o.aggfnoid = (SELECT p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = 'avg_amount' AND p.prokind = 'a' AND CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END = 'integer') AND (CASE o.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END || '|' || pg_catalog.pg_get_function_result(o.aggfnoid)) <> 'normal|numeric') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP AGGREGATE "public"."avg_amount"(integer)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE AGGREGATE "public"."avg_amount"(integer) (
    SFUNC = public.add_amount,
    STYPE = bigint[],
    FINALFUNC = public.to_average,
    INITCOND = '{0,0}'
);
CREATE OR REPLACE VIEW "public"."payment_stats" AS
SELECT public.avg_amount(amount) AS average
   FROM public.payments;
GRANT EXECUTE ON FUNCTION "public"."avg_amount"(integer) TO PUBLIC;
GRANT SELECT ON TABLE "public"."payment_stats" TO PUBLIC;
