CREATE TABLE IF NOT EXISTS "public"."payments" (
    "id" bigint NOT NULL,
    "customer_id" uuid,
    CONSTRAINT "payments_id_positive" CHECK ((id > 0)),
    CONSTRAINT "payments_pkey" PRIMARY KEY (id)
);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."payments"') AND o.conname = 'payments_customer_id_null')) THEN
    EXECUTE 'ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_customer_id_null" CHECK ((customer_id IS NOT NULL)) NOT VALID';
  END IF;
END $pgdecl$;
