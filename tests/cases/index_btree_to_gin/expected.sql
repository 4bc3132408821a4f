DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass('"public"."idx_deals_tags"') AND (pg_catalog.pg_get_indexdef(i.indexrelid) <> 'CREATE INDEX idx_deals_tags ON public.deals USING gin (tags)' OR NOT i.indisvalid)) THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP INDEX "public"."idx_deals_tags"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE INDEX IF NOT EXISTS idx_deals_tags ON public.deals USING gin (tags);
