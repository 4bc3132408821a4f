ALTER TEXT SEARCH DICTIONARY "public"."plain" ("stopwords" = 'english', "accept");
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog."pg_ts_dict" o JOIN pg_catalog.pg_namespace n ON n.oid = o."dictnamespace" WHERE n.nspname = 'public' AND o."dictname" = 'stems' AND (SELECT pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace WHERE t.oid = o.dicttemplate) <> 'pg_catalog.snowball') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TEXT SEARCH DICTIONARY "public"."stems"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_ts_dict" o JOIN pg_catalog.pg_namespace n ON n.oid = o."dictnamespace" WHERE n.nspname = 'public' AND o."dictname" = 'stems') THEN
    EXECUTE 'CREATE TEXT SEARCH DICTIONARY "public"."stems" (template = pg_catalog.snowball, "language" = ''english'')';
  END IF;
END $pgdecl$;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "host" WITH simple;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "word" WITH public.plain, public.stems;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" DROP MAPPING IF EXISTS FOR "email", "url";
COMMENT ON TEXT SEARCH CONFIGURATION "public"."docs" IS NULL;
DROP TEXT SEARCH DICTIONARY IF EXISTS "public"."gone";
