DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."notes"') AND a.attname = 'owner' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'uuid') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP POLICY "own_notes" ON "public"."notes"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."notes"') AND a.attname = 'owner' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'uuid') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."notes" ALTER COLUMN "owner" TYPE uuid USING "owner"::uuid';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'own_notes')) THEN
    EXECUTE 'CREATE POLICY "own_notes" ON "public"."notes" AS PERMISSIVE FOR ALL TO "authenticated" USING ((owner = auth.uid()))';
  END IF;
END $pgdecl$;
