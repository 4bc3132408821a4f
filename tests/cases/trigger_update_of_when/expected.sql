DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = to_regclass('"public"."docs"') AND o.tgname = 'docs_touch_title' AND NOT o.tgisinternal)) THEN
    EXECUTE 'CREATE TRIGGER docs_touch_title BEFORE UPDATE OF title, status ON public.docs FOR EACH ROW WHEN ((old.status IS DISTINCT FROM new.status)) EXECUTE FUNCTION public.touch()';
  END IF;
END $pgdecl$;
