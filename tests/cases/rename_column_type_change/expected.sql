DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."items"') AND a.attname = 'qty' AND NOT a.attisdropped) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."items"') AND a.attname = 'quantity' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TABLE "public"."items" RENAME COLUMN "qty" TO "quantity"';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."items"') AND a.attname = 'quantity' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."items" ALTER COLUMN "quantity" TYPE bigint USING "quantity"::bigint';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
