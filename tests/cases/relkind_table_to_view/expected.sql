DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."item_stats"') AND c.relkind IN ('r', 'p')) THEN
    EXECUTE 'DROP VIEW "public"."item_stats_v"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."item_stats"') AND c.relkind IN ('r', 'p')) THEN
    EXECUTE 'DROP TABLE "public"."item_stats"';
  END IF;
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."item_stats" AS
SELECT id,
    1 AS n
   FROM public.items;
CREATE OR REPLACE VIEW "public"."item_stats_v" AS
SELECT id,
    n
   FROM public.item_stats;
GRANT SELECT ON TABLE "public"."item_stats" TO "pgdecl_case_reader";
GRANT UPDATE ("n") ON TABLE "public"."item_stats" TO "pgdecl_case_reader";
REVOKE ALL ON TABLE "public"."item_stats" FROM PUBLIC;
GRANT SELECT ON TABLE "public"."item_stats" TO PUBLIC;
