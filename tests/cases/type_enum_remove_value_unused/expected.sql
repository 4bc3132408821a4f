DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype('"public"."status"') AND t.typtype::text || '|' || CASE t.typtype WHEN 'e' THEN coalesce((SELECT pg_catalog.string_agg(e.enumlabel::text, ',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '') WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) || '|' || coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype WHERE co.oid = t.typcollation AND t.typcollation <> bt.typcollation), '') WHEN 'r' THEN (SELECT pg_catalog.concat_ws('|', pg_catalog.format_type(r.rngsubtype, NULL), coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype WHERE co.oid = r.rngcollation AND r.rngcollation <> st.typcollation), ''), coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname) FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace cn ON cn.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault), ''), coalesce(NULLIF(r.rngcanonical, 0)::pg_catalog.regproc::text, ''), coalesce(NULLIF(r.rngsubdiff, 0)::pg_catalog.regproc::text, ''), (SELECT pg_catalog.quote_ident(mn.nspname) || '.' || pg_catalog.quote_ident(m.typname) FROM pg_catalog.pg_type m JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace WHERE m.oid = r.rngmultitypid)) FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid) ELSE coalesce((SELECT pg_catalog.string_agg(a.attname::text || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') END <> 'e|draft,published') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TYPE "public"."status"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'status') THEN
    EXECUTE 'CREATE TYPE "public"."status" AS ENUM (''draft'', ''published'')';
  END IF;
END $pgdecl$;
COMMENT ON TYPE "public"."status" IS 'publication state';
