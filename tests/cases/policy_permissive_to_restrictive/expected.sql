DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'not_archived' AND (CASE o.polcmd WHEN '*' THEN 'all' WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update' ELSE 'delete' END || '|' || CASE WHEN o.polpermissive THEN 'True' ELSE 'False' END || '|' || CASE WHEN o.polqual IS NOT NULL THEN 'True' ELSE 'False' END || '|' || CASE WHEN o.polwithcheck IS NOT NULL THEN 'True' ELSE 'False' END) <> 'select|False|True|False') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP POLICY "not_archived" ON "public"."notes"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"public"."notes"') AND o.polname = 'not_archived')) THEN
    EXECUTE 'CREATE POLICY "not_archived" ON "public"."notes" AS RESTRICTIVE FOR SELECT TO PUBLIC USING ((NOT archived))';
  END IF;
END $pgdecl$;
