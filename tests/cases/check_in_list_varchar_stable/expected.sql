DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_kind_check')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_kind_check" CHECK ((((kind)::text = ANY ((ARRAY[''a''::character varying, ''b''::character varying])::text[])) OR ((kind)::text = ''c''::text)))';
  END IF;
END $pgdecl$;
