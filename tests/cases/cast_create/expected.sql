SET check_function_bodies = off;
CREATE SCHEMA IF NOT EXISTS "app";
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'app' AND t.typname = 'cents') THEN
    EXECUTE 'CREATE DOMAIN "app"."cents" AS bigint';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'app' AND t.typname = 'pair') THEN
    EXECUTE 'CREATE TYPE "app"."pair" AS ("a" integer, "b" integer)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION app.pair_sum(p app.pair)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT p.a + p.b$function$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast c WHERE c.castsource = 'app.pair'::pg_catalog.regtype AND c.casttarget = 'integer'::pg_catalog.regtype) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'CREATE CAST (app.pair AS integer) WITH FUNCTION app.pair_sum(app.pair) AS ASSIGNMENT';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast c WHERE c.castsource = 'app.pair'::pg_catalog.regtype AND c.casttarget = 'text'::pg_catalog.regtype) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'CREATE CAST (app.pair AS text) WITH INOUT';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "app"."pairs" (
    "p" app.pair,
    "total" integer,
    CONSTRAINT "pairs_check" CHECK ((total = (p)::integer))
);
COMMENT ON CAST (app.pair AS integer) IS 'the sum of both';
