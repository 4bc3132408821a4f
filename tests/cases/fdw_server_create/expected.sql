CREATE EXTENSION IF NOT EXISTS "file_fdw" WITH SCHEMA "public";
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.fdwname = 'dummy') THEN
    EXECUTE 'CREATE FOREIGN DATA WRAPPER "dummy" OPTIONS ("debug" ''true'')';
  END IF;
END $pgdecl$;
CREATE SERVER IF NOT EXISTS "archive" TYPE 'archive' VERSION '1.0' FOREIGN DATA WRAPPER "dummy" OPTIONS ("host" 'archive.internal', "port" '5432');
CREATE SERVER IF NOT EXISTS "files" FOREIGN DATA WRAPPER "file_fdw";
COMMENT ON SERVER "archive" IS 'the archive';
COMMENT ON FOREIGN DATA WRAPPER "dummy" IS 'no handler; servers and foreign tables only';
