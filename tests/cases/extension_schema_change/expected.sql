DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_extension e WHERE e.extname = 'pg_trgm' AND e.extnamespace <> '"extensions"'::pg_catalog.regnamespace) THEN
    EXECUTE 'ALTER EXTENSION "pg_trgm" SET SCHEMA "extensions"';
  END IF;
END $pgdecl$;
