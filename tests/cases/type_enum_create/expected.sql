SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') THEN
    EXECUTE 'CREATE TYPE "public"."mood" AS ENUM (''sad'', ''ok'', ''happy'')';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.cheer(m public.mood)
 RETURNS public.mood
 LANGUAGE sql
AS $function$SELECT 'happy'::public.mood$function$;
CREATE TABLE IF NOT EXISTS "public"."people" (
    "id" bigint NOT NULL,
    "current" public.mood DEFAULT 'ok'::public.mood NOT NULL,
    "history" public.mood[] DEFAULT '{}'::public.mood[] NOT NULL,
    CONSTRAINT "people_pkey" PRIMARY KEY (id)
);
COMMENT ON TYPE "public"."mood" IS 'how someone feels';
