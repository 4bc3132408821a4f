DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."item_stats"') AND c.relkind IN ('v')) THEN
    EXECUTE 'DROP VIEW "public"."item_stats_v"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."item_stats"') AND c.relkind IN ('v')) THEN
    EXECUTE 'DROP VIEW "public"."item_stats"';
  END IF;
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."item_stats" (
    "id" bigint,
    "n" integer
);
CREATE OR REPLACE VIEW "public"."item_stats_v" AS
SELECT id,
    n
   FROM public.item_stats;
