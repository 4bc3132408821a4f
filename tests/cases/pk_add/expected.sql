DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_pkey')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_pkey" PRIMARY KEY (id)';
  END IF;
END $pgdecl$;
