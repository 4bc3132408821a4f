DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."a"') AND o.conname = 'a_code_key' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'UNIQUE NULLS NOT DISTINCT (code)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."b" DROP CONSTRAINT "b_a_code_fkey"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."a"') AND o.conname = 'a_pkey') THEN
    EXECUTE 'ALTER TABLE "public"."b" DROP CONSTRAINT "b_a_id_fkey"';
  END IF;
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."a"') AND o.conname = 'a_code_key' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'UNIQUE NULLS NOT DISTINCT (code)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."a" DROP CONSTRAINT "a_code_key"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
ALTER TABLE IF EXISTS "public"."a" DROP CONSTRAINT IF EXISTS "a_pkey";
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."a"') AND o.conname = 'a_code_key')) THEN
    EXECUTE 'ALTER TABLE "public"."a" ADD CONSTRAINT "a_code_key" UNIQUE NULLS NOT DISTINCT (code)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."a"') AND o.conname = 'a_pk')) THEN
    EXECUTE 'ALTER TABLE "public"."a" ADD CONSTRAINT "a_pk" PRIMARY KEY (id)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."b"') AND o.conname = 'b_a_code_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."b" ADD CONSTRAINT "b_a_code_fkey" FOREIGN KEY (a_code) REFERENCES public.a(code)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."b"') AND o.conname = 'b_a_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."b" ADD CONSTRAINT "b_a_id_fkey" FOREIGN KEY (a_id) REFERENCES public.a(id)';
  END IF;
END $pgdecl$;
