DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."t"') AND a.attname = 'code' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'character varying(50)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."t" ALTER COLUMN "code" TYPE character varying(50) USING "code"::character varying(50)';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
