DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'only_published')) THEN
    EXECUTE 'CREATE POLICY "only_published" ON "public"."notes" AS RESTRICTIVE FOR SELECT TO "anon" USING (published)';
  END IF;
END $pgdecl$;
