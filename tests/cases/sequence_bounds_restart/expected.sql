DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s1"') AND (s.seqmin <> 100 OR s.seqstart <> 100)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s1" MINVALUE 100 START WITH 100' || (SELECT CASE WHEN last_value < 100 THEN ' RESTART WITH 100' WHEN last_value > 1000 THEN ' RESTART WITH 1000' ELSE '' END FROM "public"."s1");
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s2"') AND (s.seqmin <> 100 OR s.seqstart <> 100)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s2" MINVALUE 100 START WITH 100' || (SELECT CASE WHEN last_value < 100 THEN ' RESTART WITH 100' WHEN last_value > 1000 THEN ' RESTART WITH 1000' ELSE '' END FROM "public"."s2");
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s3"') AND (s.seqmin <> 10 OR s.seqstart <> 10)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s3" MINVALUE 10 START WITH 10' || (SELECT CASE WHEN last_value < 10 THEN ' RESTART WITH 10' WHEN last_value > 1000 THEN ' RESTART WITH 1000' ELSE '' END FROM "public"."s3");
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
