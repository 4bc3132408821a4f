DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."narrowed"') AND pg_catalog.pg_get_viewdef(c.oid) <> ' SELECT id,
    n
   FROM public.items;') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."narrowed"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = pg_catalog.to_regtype('"public"."positive"') AND o.conname = 'positive_even') THEN
    EXECUTE 'ALTER DOMAIN "public"."positive" ADD CONSTRAINT "positive_even" CHECK (((VALUE % 2) = 0))';
  END IF;
END $pgdecl$;
CREATE OR REPLACE VIEW "public"."narrowed" AS
SELECT id,
    n
   FROM public.items;
COMMENT ON COLUMN "public"."narrowed"."id" IS 'kept across the recreate';
COMMENT ON CONSTRAINT "positive_check" ON DOMAIN "public"."positive" IS 'new';
COMMENT ON CONSTRAINT "positive_even" ON DOMAIN "public"."positive" IS 'added with its constraint';
COMMENT ON CONSTRAINT "positive_small" ON DOMAIN "public"."positive" IS NULL;
COMMENT ON COLUMN "public"."v"."id" IS 'added';
COMMENT ON COLUMN "public"."v"."label" IS NULL;
COMMENT ON COLUMN "public"."v"."n" IS 'new';
