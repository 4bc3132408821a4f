ALTER TABLE "public"."orders_2023" ALTER COLUMN "placed" SET NOT NULL;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."orders_2023"') AND o.conname = 'orders_total_check')) THEN
    EXECUTE 'ALTER TABLE "public"."orders_2023" ADD CONSTRAINT "orders_total_check" CHECK ((total >= (0)::numeric))';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = to_regclass('"public"."orders_2023"') AND i.inhparent = to_regclass('"public"."orders"')) THEN
    EXECUTE 'ALTER TABLE "public"."orders" ATTACH PARTITION "public"."orders_2023" FOR VALUES FROM (''2023-01-01'') TO (''2024-01-01'')';
  END IF;
END $pgdecl$;
