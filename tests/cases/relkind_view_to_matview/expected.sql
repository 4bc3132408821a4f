DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."item_names"') AND c.relkind IN ('v')) THEN
    EXECUTE 'DROP VIEW "public"."item_names"';
  END IF;
END $pgdecl$;
CREATE MATERIALIZED VIEW IF NOT EXISTS "public"."item_names" AS
SELECT id,
    name
   FROM public.items
WITH DATA;
