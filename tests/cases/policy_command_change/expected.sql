DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'own_notes' AND (CASE o.polcmd WHEN '*' THEN 'all' WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update' ELSE 'delete' END || '|' || CASE WHEN o.polpermissive THEN 'True' ELSE 'False' END || '|' || CASE WHEN o.polqual IS NOT NULL THEN 'True' ELSE 'False' END || '|' || CASE WHEN o.polwithcheck IS NOT NULL THEN 'True' ELSE 'False' END) <> 'all|True|True|False') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP POLICY "own_notes" ON "public"."notes"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'own_notes')) THEN
    EXECUTE 'CREATE POLICY "own_notes" ON "public"."notes" AS PERMISSIVE FOR ALL TO "authenticated" USING ((auth.uid() = user_id))';
  END IF;
END $pgdecl$;
