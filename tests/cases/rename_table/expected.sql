DO $pgdecl$ BEGIN
  IF to_regclass('"public"."clients"') IS NOT NULL AND to_regclass('"public"."customers"') IS NULL THEN
    EXECUTE 'ALTER TABLE "public"."clients" RENAME TO "customers"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."customers"') AND o.conname = 'clients_pkey') AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."customers"') AND o.conname = 'customers_pkey') THEN
    EXECUTE 'ALTER TABLE "public"."customers" RENAME CONSTRAINT "clients_pkey" TO "customers_pkey"';
  END IF;
END $pgdecl$;
