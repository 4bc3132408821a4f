DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'own_notes') AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'notes_owner_all') THEN
    EXECUTE 'ALTER POLICY "own_notes" ON "public"."notes" RENAME TO "notes_owner_all"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'read_published') AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'notes_public_read') THEN
    EXECUTE 'ALTER POLICY "read_published" ON "public"."notes" RENAME TO "notes_public_read"';
  END IF;
END $pgdecl$;
ALTER POLICY "notes_public_read" ON "public"."notes" TO "anon", "authenticated" USING (published);
