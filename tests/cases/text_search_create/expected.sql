DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_ts_dict" o JOIN pg_catalog.pg_namespace n ON n.oid = o."dictnamespace" WHERE n.nspname = 'public' AND o."dictname" = 'english_stem_nostop') THEN
    EXECUTE 'CREATE TEXT SEARCH DICTIONARY "public"."english_stem_nostop" (template = pg_catalog.snowball, "language" = ''english'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_ts_dict" o JOIN pg_catalog.pg_namespace n ON n.oid = o."dictnamespace" WHERE n.nspname = 'public' AND o."dictname" = 'plain') THEN
    EXECUTE 'CREATE TEXT SEARCH DICTIONARY "public"."plain" (template = pg_catalog.simple, "accept" = ''false'', "stopwords" = ''english'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_ts_config" o JOIN pg_catalog.pg_namespace n ON n.oid = o."cfgnamespace" WHERE n.nspname = 'public' AND o."cfgname" = 'docs') THEN
    EXECUTE 'CREATE TEXT SEARCH CONFIGURATION "public"."docs" (parser = pg_catalog."default")';
  END IF;
END $pgdecl$;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "asciihword", "hword", "hword_asciipart", "hword_part" WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "asciiword", "word" WITH public.plain, public.english_stem_nostop;
ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "file", "float", "host", "hword_numpart", "int", "numhword", "numword", "sfloat", "uint", "url_path", "version" WITH simple;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_ts_config" o JOIN pg_catalog.pg_namespace n ON n.oid = o."cfgnamespace" WHERE n.nspname = 'public' AND o."cfgname" = 'tags') THEN
    EXECUTE 'CREATE TEXT SEARCH CONFIGURATION "public"."tags" (parser = pg_catalog."default")';
  END IF;
END $pgdecl$;
ALTER TEXT SEARCH CONFIGURATION "public"."tags" ALTER MAPPING FOR "asciiword" WITH simple;
CREATE TABLE IF NOT EXISTS "public"."documents" (
    "id" bigint NOT NULL,
    "body" text,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('public.docs'::regconfig, body)) STORED,
    CONSTRAINT "documents_pkey" PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS documents_body ON public.documents USING gin (to_tsvector('public.tags'::regconfig, body));
COMMENT ON TEXT SEARCH CONFIGURATION "public"."docs" IS 'documents';
COMMENT ON TEXT SEARCH DICTIONARY "public"."english_stem_nostop" IS 'stems, keeps stop words';
