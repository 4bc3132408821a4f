ALTER FOREIGN TABLE "public"."old_orders" DROP COLUMN IF EXISTS "gone";
ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "id" TYPE bigint;
ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "id" DROP NOT NULL;
ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "total" SET NOT NULL;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a, pg_catalog.pg_options_to_table(a.attfdwoptions) o WHERE a.attrelid = pg_catalog.to_regclass('"public"."old_orders"') AND a.attname = 'total' AND o.option_name = 'column_name') THEN
    EXECUTE 'ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "total" OPTIONS (SET "column_name" ''total_amount'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a, pg_catalog.pg_options_to_table(a.attfdwoptions) o WHERE a.attrelid = pg_catalog.to_regclass('"public"."old_orders"') AND a.attname = 'total' AND o.option_name = 'precision') THEN
    EXECUTE 'ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "total" OPTIONS (ADD "precision" ''2'')';
  END IF;
END $pgdecl$;
ALTER FOREIGN TABLE "public"."old_orders" ALTER COLUMN "note" DROP DEFAULT;
ALTER FOREIGN TABLE "public"."old_orders" ADD COLUMN IF NOT EXISTS "added" date;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_foreign_table c, pg_catalog.pg_options_to_table(c.ftoptions) o WHERE c.ftrelid = pg_catalog.to_regclass('"public"."old_orders"') AND o.option_name = 'table_name') THEN
    EXECUTE 'ALTER FOREIGN TABLE "public"."old_orders" OPTIONS (SET "table_name" ''orders_2021'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_foreign_table c, pg_catalog.pg_options_to_table(c.ftoptions) o WHERE c.ftrelid = pg_catalog.to_regclass('"public"."old_orders"') AND o.option_name = 'schema_name') THEN
    EXECUTE 'ALTER FOREIGN TABLE "public"."old_orders" OPTIONS (DROP "schema_name")';
  END IF;
END $pgdecl$;
