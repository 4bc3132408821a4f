DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass('"public"."files_path"') AND (pg_catalog.pg_get_indexdef(i.indexrelid) <> 'CREATE INDEX files_path ON public.files USING btree (path text_pattern_ops)' OR NOT i.indisvalid)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP INDEX "public"."files_path"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE INDEX IF NOT EXISTS files_path ON public.files USING btree (path text_pattern_ops);
