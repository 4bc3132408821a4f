DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."deals"') AND o.conname = 'deals_client_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."deals" ADD CONSTRAINT "deals_client_id_fkey" FOREIGN KEY (client_id) REFERENCES public.clients(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED';
  END IF;
END $pgdecl$;
