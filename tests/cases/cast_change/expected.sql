DROP CAST IF EXISTS (app.pair AS bigint);
DROP CAST IF EXISTS (app.pair AS integer);
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast c WHERE c.castsource = 'app.pair'::pg_catalog.regtype AND c.casttarget = 'integer'::pg_catalog.regtype) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'CREATE CAST (app.pair AS integer) WITH FUNCTION app.pair_sum(app.pair) AS IMPLICIT';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DROP FUNCTION IF EXISTS "app"."pair_first"(p app.pair);
