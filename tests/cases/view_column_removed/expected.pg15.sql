DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."open_deals"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT d.id,
    d.amount
   FROM public.deals d
  WHERE (d.stage <> ''closed''::text);') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."open_deals"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."open_deals" AS
SELECT d.id,
    d.amount
   FROM public.deals d
  WHERE (d.stage <> 'closed'::text);
