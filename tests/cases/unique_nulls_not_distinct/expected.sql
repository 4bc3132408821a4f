DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_code_key')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_code_key" UNIQUE NULLS NOT DISTINCT (code)';
  END IF;
END $pgdecl$;
