SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') THEN
    EXECUTE 'CREATE TYPE "public"."mood" AS ENUM (''sad'', ''happy'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'address') THEN
    EXECUTE 'CREATE TYPE "public"."address" AS ("street" text, "zip" character varying(10), "city" text COLLATE pg_catalog."C", "mood" public.mood)';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.city_of(a public.address)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT (a).city$function$;
CREATE TABLE IF NOT EXISTS "public"."customers" (
    "id" bigint NOT NULL,
    "home" public.address,
    "others" public.address[] DEFAULT '{}'::public.address[] NOT NULL,
    CONSTRAINT "customers_pkey" PRIMARY KEY (id)
);
