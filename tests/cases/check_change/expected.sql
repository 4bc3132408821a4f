DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_amount_positive' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'CHECK ((amount > (0)::numeric))') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."t" DROP CONSTRAINT "t_amount_positive"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."t"') AND o.conname = 't_amount_positive')) THEN
    EXECUTE 'ALTER TABLE "public"."t" ADD CONSTRAINT "t_amount_positive" CHECK ((amount > (0)::numeric))';
  END IF;
END $pgdecl$;
