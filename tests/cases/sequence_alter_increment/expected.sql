DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_sequence s WHERE s.seqrelid = to_regclass('"public"."ticket_no"') AND (s.seqincrement <> 10)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."ticket_no" INCREMENT BY 10';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
