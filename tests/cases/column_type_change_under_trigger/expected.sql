DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."docs"') AND a.attname = 'status' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'text') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TRIGGER "docs_touch_status" ON "public"."docs"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."docs"') AND a.attname = 'status' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'text') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."docs" ALTER COLUMN "status" TYPE text USING "status"::text';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = to_regclass('"public"."docs"') AND o.tgname = 'docs_touch_status' AND NOT o.tgisinternal)) THEN
    EXECUTE 'CREATE TRIGGER docs_touch_status BEFORE UPDATE OF status ON public.docs FOR EACH ROW EXECUTE FUNCTION public.touch()';
  END IF;
END $pgdecl$;
