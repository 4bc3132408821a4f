DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'total' AND NOT a.attisdropped AND (a.attgenerated::text IS DISTINCT FROM 's' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM '((price * (qty)::numeric) * 1.2)')) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."t" DROP COLUMN "total"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
ALTER TABLE "public"."t" ADD COLUMN IF NOT EXISTS "total" numeric GENERATED ALWAYS AS (((price * (qty)::numeric) * 1.2)) STORED;
