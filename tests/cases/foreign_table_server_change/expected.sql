DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_foreign_table ft JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = to_regclass('"public"."old_orders"') AND s.srvname <> 'archive2') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."v"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_foreign_table ft JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = to_regclass('"public"."old_orders"') AND s.srvname <> 'archive2') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP FOREIGN TABLE "public"."old_orders"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE FOREIGN TABLE IF NOT EXISTS "public"."old_orders" (
    "id" bigint NOT NULL
) SERVER "archive2";
CREATE OR REPLACE VIEW "public"."v" AS
SELECT id
   FROM public.old_orders;
