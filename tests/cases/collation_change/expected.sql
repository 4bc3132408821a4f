DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT WHERE (SELECT concat_ws('|', CASE r->>'collprovider' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'default' END, coalesce(r->>'colllocale', r->>'colliculocale', CASE WHEN r->>'collprovider' = 'i' THEN r->>'collcollate' END, ''), CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collcollate', '') ELSE '' END, CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collctype', '') ELSE '' END, CASE WHEN (r->>'collisdeterministic')::boolean THEN 't' ELSE 'f' END, coalesce(r->>'collicurules', '')) FROM pg_catalog.pg_collation o, LATERAL pg_catalog.to_jsonb(o) r WHERE o.oid = pg_catalog.to_regcollation('"public"."sorting"')) <> 'libc||POSIX|C|t|') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP VIEW "public"."sorted_items"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT WHERE (SELECT concat_ws('|', CASE r->>'collprovider' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'default' END, coalesce(r->>'colllocale', r->>'colliculocale', CASE WHEN r->>'collprovider' = 'i' THEN r->>'collcollate' END, ''), CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collcollate', '') ELSE '' END, CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collctype', '') ELSE '' END, CASE WHEN (r->>'collisdeterministic')::boolean THEN 't' ELSE 'f' END, coalesce(r->>'collicurules', '')) FROM pg_catalog.pg_collation o, LATERAL pg_catalog.to_jsonb(o) r WHERE o.oid = pg_catalog.to_regcollation('"public"."sorting"')) <> 'libc||POSIX|C|t|') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP INDEX "public"."items_name_sorted"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT WHERE (SELECT concat_ws('|', CASE r->>'collprovider' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'default' END, coalesce(r->>'colllocale', r->>'colliculocale', CASE WHEN r->>'collprovider' = 'i' THEN r->>'collcollate' END, ''), CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collcollate', '') ELSE '' END, CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collctype', '') ELSE '' END, CASE WHEN (r->>'collisdeterministic')::boolean THEN 't' ELSE 'f' END, coalesce(r->>'collicurules', '')) FROM pg_catalog.pg_collation o, LATERAL pg_catalog.to_jsonb(o) r WHERE o.oid = pg_catalog.to_regcollation('"public"."sorting"')) <> 'libc||POSIX|C|t|') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP COLLATION "public"."sorting"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE COLLATION IF NOT EXISTS "public"."sorting" (provider = LIBC, LC_COLLATE = 'POSIX', LC_CTYPE = 'C');
CREATE INDEX IF NOT EXISTS items_name_sorted ON public.items USING btree (name COLLATE public.sorting);
CREATE OR REPLACE VIEW "public"."sorted_items" AS
SELECT id,
    (name COLLATE public.sorting) AS name
   FROM public.items;
COMMENT ON COLLATION "public"."sorting" IS 'new';
