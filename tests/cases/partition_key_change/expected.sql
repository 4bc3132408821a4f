DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."log"') AND COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> 'LIST (level)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."log_errors"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."log"') AND COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> 'LIST (level)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER SEQUENCE "public"."log_id_seq" OWNED BY NONE';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DROP TABLE IF EXISTS "public"."log_2024";
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."log"') AND COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> 'LIST (level)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TABLE "public"."log"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."log" (
    "id" integer DEFAULT nextval('public.log_id_seq'::regclass) NOT NULL,
    "at" date NOT NULL,
    "level" text NOT NULL
) PARTITION BY LIST (level);
CREATE TABLE IF NOT EXISTS "public"."log_error" PARTITION OF "public"."log" FOR VALUES IN ('error');
CREATE TABLE IF NOT EXISTS "public"."log_other" PARTITION OF "public"."log" DEFAULT;
ALTER SEQUENCE "public"."log_id_seq" OWNED BY "public"."log"."id";
CREATE INDEX IF NOT EXISTS log_level_idx ON public.log USING btree (level);
CREATE OR REPLACE VIEW "public"."log_errors" AS
SELECT id,
    at
   FROM public.log
  WHERE (level = 'error'::text);
