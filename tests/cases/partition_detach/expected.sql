DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = to_regclass('"public"."orders_2023"') AND i.inhparent = to_regclass('"public"."orders"')) THEN
    EXECUTE 'ALTER TABLE "public"."orders" DETACH PARTITION "public"."orders_2023"';
  END IF;
END $pgdecl$;
DROP INDEX IF EXISTS "public"."orders_2023_total_idx";
