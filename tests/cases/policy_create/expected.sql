DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'own_notes')) THEN
    EXECUTE 'CREATE POLICY "own_notes" ON "public"."notes" AS PERMISSIVE FOR ALL TO "authenticated" USING ((auth.uid() = user_id)) WITH CHECK ((auth.uid() = user_id))';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'read_published')) THEN
    EXECUTE 'CREATE POLICY "read_published" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "anon", "authenticated" USING (published)';
  END IF;
END $pgdecl$;
