DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_pkey' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'PRIMARY KEY (tenant_id, id)') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."t" DROP CONSTRAINT "t_pkey"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_pkey')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_pkey" PRIMARY KEY (tenant_id, id)';
  END IF;
END $pgdecl$;
