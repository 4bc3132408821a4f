DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype('"public"."amount"') AND t.typtype::text || '|' || CASE t.typtype WHEN 'e' THEN coalesce((SELECT pg_catalog.string_agg(e.enumlabel::text, ',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '') WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) || '|' || coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype WHERE co.oid = t.typcollation AND t.typcollation <> bt.typcollation), '') ELSE coalesce((SELECT pg_catalog.string_agg(a.attname::text || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') END <> 'd|numeric(12,2)|') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP DOMAIN "public"."amount"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'amount') THEN
    EXECUTE 'CREATE DOMAIN "public"."amount" AS numeric(12,2) CONSTRAINT "amount_check" CHECK ((VALUE >= (0)::numeric))';
  END IF;
END $pgdecl$;
