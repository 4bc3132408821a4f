DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."rooms"') AND o.conname = 'rooms_no_overlap')) THEN
    EXECUTE 'ALTER TABLE "public"."rooms" ADD CONSTRAINT "rooms_no_overlap" EXCLUDE USING gist (area WITH &&)';
  END IF;
END $pgdecl$;
