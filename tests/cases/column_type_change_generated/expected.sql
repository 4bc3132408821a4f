DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'price' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."v"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'price' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'bigint') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."t" DROP COLUMN "doubled", DROP COLUMN "tripled", ALTER COLUMN "price" TYPE bigint USING "price"::bigint, ADD COLUMN "doubled" bigint GENERATED ALWAYS AS ((price * 2)) STORED, ADD COLUMN "tripled" integer GENERATED ALWAYS AS ((price * 3)) STORED';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."v" AS
SELECT id,
    tripled
   FROM public.t;
COMMENT ON COLUMN "public"."t"."tripled" IS 'three times';
