DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = to_regclass('"public"."docs"') AND o.tgname = 'docs_touch' AND NOT o.tgisinternal)) THEN
    EXECUTE 'CREATE TRIGGER docs_touch BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.touch()';
  END IF;
END $pgdecl$;
