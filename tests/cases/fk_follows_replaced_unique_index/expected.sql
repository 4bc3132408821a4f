DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass('"public"."a_code_idx"') AND (pg_catalog.pg_get_indexdef(i.indexrelid) <> 'CREATE UNIQUE INDEX a_code_idx ON public.a USING btree (code) INCLUDE (id)' OR NOT i.indisvalid)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."b" DROP CONSTRAINT "b_a_code_fkey"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass('"public"."a_code_idx"') AND (pg_catalog.pg_get_indexdef(i.indexrelid) <> 'CREATE UNIQUE INDEX a_code_idx ON public.a USING btree (code) INCLUDE (id)' OR NOT i.indisvalid)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP INDEX "public"."a_code_idx"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE UNIQUE INDEX IF NOT EXISTS a_code_idx ON public.a USING btree (code) INCLUDE (id);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."b"') AND o.conname = 'b_a_code_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."b" ADD CONSTRAINT "b_a_code_fkey" FOREIGN KEY (a_code) REFERENCES public.a(code)';
  END IF;
END $pgdecl$;
