DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_email_key')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_email_key" UNIQUE (email)';
  END IF;
END $pgdecl$;
