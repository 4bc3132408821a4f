DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."rooms"') AND o.conname = 'rooms_no_overlap' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'EXCLUDE USING gist (area WITH &&) WHERE ((floor >= 0))') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."rooms" DROP CONSTRAINT "rooms_no_overlap"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."rooms"') AND o.conname = 'rooms_no_overlap')) THEN
    EXECUTE 'ALTER TABLE "public"."rooms" ADD CONSTRAINT "rooms_no_overlap" EXCLUDE USING gist (area WITH &&) WHERE ((floor >= 0))';
  END IF;
END $pgdecl$;
