CREATE TABLE IF NOT EXISTS "public"."account_note" (
    "account_id" bigint NOT NULL,
    "region" text NOT NULL,
    "note" text,
    "invoice_id" bigint
) PARTITION BY LIST (region);
CREATE TABLE IF NOT EXISTS "public"."account_note_all" PARTITION OF "public"."account_note" DEFAULT;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."account_note"') AND o.conname = 'account_note_account_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."account_note" ADD CONSTRAINT "account_note_account_fkey" FOREIGN KEY (account_id, region) REFERENCES public.account(id, region)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."account_note"') AND o.conname = 'account_note_invoice_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."account_note" ADD CONSTRAINT "account_note_invoice_id_fkey" FOREIGN KEY (invoice_id) REFERENCES public.invoice(id)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."invoice"') AND o.conname = 'invoice_account_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_account_fkey" FOREIGN KEY (account_id, region) REFERENCES public.account(id, region) ON DELETE CASCADE';
  END IF;
END $pgdecl$;
