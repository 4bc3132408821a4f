DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.fdwname = 'dummy') THEN
    EXECUTE 'CREATE FOREIGN DATA WRAPPER "dummy"';
  END IF;
END $pgdecl$;
CREATE SERVER IF NOT EXISTS "archive" FOREIGN DATA WRAPPER "dummy";
CREATE FOREIGN TABLE IF NOT EXISTS "public"."old_orders" (
    "id" bigint NOT NULL,
    "total" numeric(12,2) OPTIONS ("column_name" 'amount'),
    "note" text DEFAULT ''::text
) SERVER "archive" OPTIONS ("table_name" 'orders_2020');
CREATE OR REPLACE VIEW "public"."big_old_orders" AS
SELECT id,
    total
   FROM public.old_orders
  WHERE (total > (100)::numeric);
COMMENT ON FOREIGN TABLE "public"."old_orders" IS 'orders before 2021';
