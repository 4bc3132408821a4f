SET check_function_bodies = off;
CREATE COLLATION IF NOT EXISTS "public"."bytes" (provider = LIBC, LC_COLLATE = 'C', LC_CTYPE = 'C');
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'textrange') THEN
    EXECUTE 'CREATE TYPE "public"."textrange" AS RANGE (subtype = text, COLLATION = "public"."bytes", MULTIRANGE_TYPE_NAME = "public"."text_ranges")';
  END IF;
END $pgdecl$;
CREATE OR REPLACE FUNCTION public.float_diff(a double precision, b double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT a - b$function$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'floatrange') THEN
    EXECUTE 'CREATE TYPE "public"."floatrange" AS RANGE (subtype = double precision, SUBTYPE_DIFF = "public"."float_diff", MULTIRANGE_TYPE_NAME = "public"."floatmultirange")';
  END IF;
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."bookings" (
    "id" bigint NOT NULL,
    "span" public.floatrange NOT NULL,
    "spans" public.floatmultirange,
    "names" public.text_ranges,
    CONSTRAINT "bookings_pkey" PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS bookings_span ON public.bookings USING gist (span);
COMMENT ON TYPE "public"."floatrange" IS 'a range of doubles';
