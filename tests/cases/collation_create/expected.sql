CREATE COLLATION IF NOT EXISTS "public"."posix_sort" (provider = LIBC, LC_COLLATE = 'POSIX', LC_CTYPE = 'POSIX');
CREATE COLLATION IF NOT EXISTS "public"."split" (provider = LIBC, LC_COLLATE = 'C', LC_CTYPE = 'POSIX');
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'code') THEN
    EXECUTE 'CREATE DOMAIN "public"."code" AS text COLLATE public.posix_sort';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'pair') THEN
    EXECUTE 'CREATE TYPE "public"."pair" AS ("a" text COLLATE public.split)';
  END IF;
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."items" (
    "id" bigint NOT NULL,
    "name" text COLLATE public.posix_sort,
    CONSTRAINT "items_pkey" PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS items_name_split ON public.items USING btree (name COLLATE public.split);
COMMENT ON COLLATION "public"."posix_sort" IS 'byte order';
