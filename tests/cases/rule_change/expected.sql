DROP RULE IF EXISTS "gone" ON "app"."accounts";
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"app"."accounts"') AND a.attname = 'note' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'text') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP RULE "log_update" ON "app"."accounts"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"app"."accounts"') AND a.attname = 'note' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'text') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "app"."accounts" ALTER COLUMN "note" TYPE text USING "note"::text';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE OR REPLACE RULE log_update AS
    ON UPDATE TO app.accounts DO  INSERT INTO app.audit (account, note)
  VALUES (old.id, old.note);
CREATE OR REPLACE RULE no_delete AS
    ON DELETE TO app.accounts
   WHERE old.locked DO INSTEAD NOTHING;
