DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = to_regclass('"public"."m_2024"') AND i.inhparent = to_regclass('"public"."m"')) THEN
    EXECUTE 'ALTER TABLE "public"."m" DETACH PARTITION "public"."m_2024"';
  END IF;
END $pgdecl$;
DROP TABLE IF EXISTS "public"."m_2025";
DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('"public"."m"') AND COALESCE(pg_catalog.pg_get_partkeydef(c.oid), '') <> '') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'DROP TABLE "public"."m"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
CREATE TABLE IF NOT EXISTS "public"."m" (
    "city_id" integer NOT NULL,
    "logdate" date NOT NULL
);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = to_regclass('"public"."m"') AND o.tgname = 'Audit Row' AND NOT o.tgisinternal)) THEN
    EXECUTE 'CREATE TRIGGER "Audit Row" BEFORE INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg()';
  END IF;
END $pgdecl$;
