DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."p"') AND o.conname = 'p_a_b_key' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'UNIQUE (b, a)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."c" DROP CONSTRAINT "c_y_x_fkey"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."p"') AND o.conname = 'p_a_b_key' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'UNIQUE (b, a)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."p" DROP CONSTRAINT "p_a_b_key"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."p"') AND o.conname = 'p_a_b_key')) THEN
    EXECUTE 'ALTER TABLE "public"."p" ADD CONSTRAINT "p_a_b_key" UNIQUE (b, a)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."c"') AND o.conname = 'c_y_x_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."c" ADD CONSTRAINT "c_y_x_fkey" FOREIGN KEY (y, x) REFERENCES public.p(b, a)';
  END IF;
END $pgdecl$;
