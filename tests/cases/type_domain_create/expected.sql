SET check_function_bodies = off;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'code') THEN
    EXECUTE 'CREATE DOMAIN "public"."code" AS text COLLATE pg_catalog."C"';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'email') THEN
    EXECUTE 'CREATE DOMAIN "public"."email" AS text NOT NULL CONSTRAINT "email_has_at" CHECK ((VALUE ~ ''@''::text)) CONSTRAINT "email_short" CHECK ((length(VALUE) < 255))';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'quantity') THEN
    EXECUTE 'CREATE DOMAIN "public"."quantity" AS integer DEFAULT 1 CONSTRAINT "quantity_check" CHECK ((VALUE > 0))';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public."normalize"(e public.email)
 RETURNS public.email
 LANGUAGE sql
AS $function$SELECT lower(e)::public.email$function$;
CREATE TABLE IF NOT EXISTS "public"."orders" (
    "id" bigint NOT NULL,
    "contact" public.email,
    "amount" public.quantity,
    "codes" public.code[],
    CONSTRAINT "orders_pkey" PRIMARY KEY (id)
);
COMMENT ON TYPE "public"."email" IS 'an e-mail address';
