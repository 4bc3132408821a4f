DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s1"') AND (s.seqmin <> 100 OR s.seqstart <> 100) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) < 100) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s1" MINVALUE 100 START WITH 100 RESTART WITH 100';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s1"') AND (s.seqmin <> 100 OR s.seqstart <> 100) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) > 1000) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s1" MINVALUE 100 START WITH 100 RESTART WITH 1000';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s1"') AND (s.seqmin <> 100 OR s.seqstart <> 100)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s1" MINVALUE 100 START WITH 100';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s2"') AND (s.seqmin <> 100 OR s.seqstart <> 100) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) < 100) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s2" MINVALUE 100 START WITH 100 RESTART WITH 100';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s2"') AND (s.seqmin <> 100 OR s.seqstart <> 100) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) > 1000) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s2" MINVALUE 100 START WITH 100 RESTART WITH 1000';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s2"') AND (s.seqmin <> 100 OR s.seqstart <> 100)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s2" MINVALUE 100 START WITH 100';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s3"') AND (s.seqmin <> 10 OR s.seqstart <> 10) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) < 10) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s3" MINVALUE 10 START WITH 10 RESTART WITH 10';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s3"') AND (s.seqmin <> 10 OR s.seqstart <> 10) AND COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) > 1000) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s3" MINVALUE 10 START WITH 10 RESTART WITH 1000';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."s3"') AND (s.seqmin <> 10 OR s.seqstart <> 10)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."s3" MINVALUE 10 START WITH 10';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
