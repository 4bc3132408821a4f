DO $pgdecl$ BEGIN
  IF to_regclass('"public"."clients"') IS NOT NULL AND to_regclass('"public"."customers"') IS NULL THEN
    EXECUTE 'ALTER TABLE "public"."clients" RENAME TO "customers"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."customers"') AND a.attname = 'fullname' AND NOT a.attisdropped) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."customers"') AND a.attname = 'display_name' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TABLE "public"."customers" RENAME COLUMN "fullname" TO "display_name"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."customers"') AND o.conname = 'clients_pkey') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."customers"') AND o.conname = 'customers_pkey') THEN
    EXECUTE 'ALTER TABLE "public"."customers" RENAME CONSTRAINT "clients_pkey" TO "customers_pkey"';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."client_names"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    display_name
   FROM public.customers;') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."client_names"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."client_tiers"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT tier,
    count(*) AS n
   FROM public.customers
  GROUP BY tier;') OR EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."customers"') AND a.attname = 'tier' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."client_tiers"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."customers"') AND a.attname = 'tier' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."customers" ALTER COLUMN "tier" DROP DEFAULT, ALTER COLUMN "tier" TYPE bigint USING "tier"::bigint, ALTER COLUMN "tier" SET DEFAULT 0';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."client_names" AS
SELECT id,
    display_name
   FROM public.customers;
CREATE OR REPLACE VIEW "public"."client_tiers" AS
SELECT tier,
    count(*) AS n
   FROM public.customers
  GROUP BY tier;
