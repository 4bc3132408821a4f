DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_statistic_ext x JOIN pg_catalog.pg_namespace n ON n.oid = x.stxnamespace WHERE n.nspname = 'public' AND x.stxname = 'addresses_city_zip' AND pg_catalog.pg_get_statisticsobjdef(x.oid) <> 'CREATE STATISTICS public.addresses_city_zip (mcv) ON city, zip FROM public.addresses') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP STATISTICS "public"."addresses_city_zip"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DROP STATISTICS IF EXISTS "public"."addresses_gone";
CREATE STATISTICS IF NOT EXISTS public.addresses_city_zip (mcv) ON city, zip FROM public.addresses;
ALTER STATISTICS "public"."addresses_tuned" SET STATISTICS -1;
COMMENT ON STATISTICS "public"."addresses_tuned" IS 'new';
