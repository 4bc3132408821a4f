DO $pgdecl$ DECLARE saved text := pg_catalog.current_setting('search_path'); BEGIN
  PERFORM pg_catalog.set_config('search_path', '', true);
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."deals"') AND o.conname = 'deals_client_id_fkey' AND pg_catalog.pg_get_constraintdef(o.oid) <> 'FOREIGN KEY (client_id) REFERENCES public.clients(id) ON DELETE SET NULL') THEN
    PERFORM pg_catalog.set_config('search_path', saved, true);
    EXECUTE 'ALTER TABLE "public"."deals" DROP CONSTRAINT "deals_client_id_fkey"';
  END IF;
  PERFORM pg_catalog.set_config('search_path', saved, true);
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."deals"') AND o.conname = 'deals_client_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."deals" ADD CONSTRAINT "deals_client_id_fkey" FOREIGN KEY (client_id) REFERENCES public.clients(id) ON DELETE SET NULL';
  END IF;
END $pgdecl$;
