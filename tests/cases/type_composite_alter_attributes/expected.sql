DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid WHERE t.oid = pg_catalog.to_regtype('"public"."address"') AND a.attname = 'country' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TYPE "public"."address" ADD ATTRIBUTE "country" text';
  END IF;
END $pgdecl$;
ALTER TYPE "public"."address" DROP ATTRIBUTE IF EXISTS "fax";
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid WHERE t.oid = pg_catalog.to_regtype('"public"."point3"') AND a.attname = 'label' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER TYPE "public"."point3" ADD ATTRIBUTE "label" text';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid WHERE t.oid = pg_catalog.to_regtype('"public"."point3"') AND a.attname = 'x' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'double precision') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TYPE "public"."point3" ALTER ATTRIBUTE "x" TYPE double precision';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid WHERE t.oid = pg_catalog.to_regtype('"public"."point3"') AND a.attname = 'y' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'double precision') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TYPE "public"."point3" ALTER ATTRIBUTE "y" TYPE double precision';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid WHERE t.oid = pg_catalog.to_regtype('"public"."point3"') AND a.attname = 'z' AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> 'double precision') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TYPE "public"."point3" ALTER ATTRIBUTE "z" TYPE double precision';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
ALTER TYPE "public"."point3" DROP ATTRIBUTE IF EXISTS "legacy";
