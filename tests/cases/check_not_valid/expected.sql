DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_amount_positive')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_amount_positive" CHECK ((amount >= (0)::numeric)) NOT VALID';
  END IF;
END $pgdecl$;
