DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'priority') THEN
    EXECUTE 'CREATE TYPE "public"."priority" AS ENUM (''low'', ''normal'', ''high'')';
  END IF;
END $pgdecl$;
ALTER TABLE "public"."tasks" ADD COLUMN IF NOT EXISTS "tags" public.priority[];
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."tasks"') AND a.attname = 'priority' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'public.priority') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."tasks" ALTER COLUMN "priority" DROP DEFAULT, ALTER COLUMN "priority" TYPE public.priority USING "priority"::public.priority, ALTER COLUMN "priority" SET DEFAULT ''normal''::public.priority';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
