ALTER TABLE "public"."measurement" ADD COLUMN IF NOT EXISTS "unitsales" integer;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."measurement"') AND a.attname = 'city_id' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."measurement" ALTER COLUMN "city_id" TYPE bigint USING "city_id"::bigint';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
ALTER TABLE "public"."measurement" ALTER COLUMN "peaktemp" SET DEFAULT 0;
ALTER TABLE "public"."measurement" ALTER COLUMN "peaktemp" SET NOT NULL;
