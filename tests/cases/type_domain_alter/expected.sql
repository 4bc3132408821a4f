DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = pg_catalog.to_regtype('"public"."quantity"') AND o.conname = 'quantity_even') THEN
    EXECUTE 'ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "quantity_even" CHECK (((VALUE % 2) = 0))';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = pg_catalog.to_regtype('"public"."quantity"') AND o.conname = 'quantity_small' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'CHECK ((VALUE < 1000))') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER DOMAIN "public"."quantity" DROP CONSTRAINT "quantity_small"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = pg_catalog.to_regtype('"public"."quantity"') AND o.conname = 'quantity_small') THEN
    EXECUTE 'ALTER DOMAIN "public"."quantity" ADD CONSTRAINT "quantity_small" CHECK ((VALUE < 1000))';
  END IF;
END $pgdecl$;
ALTER DOMAIN "public"."quantity" SET DEFAULT 2;
ALTER DOMAIN "public"."quantity" SET NOT NULL;
ALTER DOMAIN "public"."quantity" DROP CONSTRAINT IF EXISTS "quantity_legacy";
