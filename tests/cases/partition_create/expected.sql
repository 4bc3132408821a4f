CREATE TABLE IF NOT EXISTS "public"."event" (
    "region" text NOT NULL,
    "kind" text COLLATE pg_catalog."C" NOT NULL,
    "body" jsonb
) PARTITION BY LIST (region);
CREATE TABLE IF NOT EXISTS "public"."event_eu" PARTITION OF "public"."event" FOR VALUES IN ('de', 'fr') PARTITION BY LIST (lower(kind) text_pattern_ops);
CREATE TABLE IF NOT EXISTS "public"."event_eu_click" PARTITION OF "public"."event_eu" FOR VALUES IN ('click');
CREATE TABLE IF NOT EXISTS "public"."event_eu_rest" PARTITION OF "public"."event_eu" DEFAULT;
CREATE TABLE IF NOT EXISTS "public"."event_us" PARTITION OF "public"."event" FOR VALUES IN ('us');
CREATE TABLE IF NOT EXISTS "public"."payment" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "customer_id" bigint NOT NULL,
    "amount" numeric(8,2) NOT NULL,
    "paid_at" timestamp with time zone NOT NULL,
    CONSTRAINT "payment_amount_positive" CHECK ((amount > (0)::numeric)),
    CONSTRAINT "payment_pkey" PRIMARY KEY (id, paid_at)
) PARTITION BY RANGE (paid_at);
CREATE TABLE IF NOT EXISTS "public"."payment_2024_01" PARTITION OF "public"."payment" FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE IF NOT EXISTS "public"."payment_2024_02" PARTITION OF "public"."payment" (
    CONSTRAINT "payment_2024_02_small" CHECK ((amount < (10000)::numeric))
) FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE IF NOT EXISTS "public"."payment_default" PARTITION OF "public"."payment" DEFAULT;
CREATE TABLE IF NOT EXISTS "public"."refund" (
    "id" bigint NOT NULL,
    "payment_id" bigint NOT NULL,
    "paid_at" timestamp with time zone NOT NULL,
    CONSTRAINT "refund_pkey" PRIMARY KEY (id)
);
CREATE TABLE IF NOT EXISTS "public"."session" (
    "id" uuid NOT NULL,
    "data" text
) PARTITION BY HASH (id);
CREATE TABLE IF NOT EXISTS "public"."session_0" PARTITION OF "public"."session" FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE IF NOT EXISTS "public"."session_1" PARTITION OF "public"."session" FOR VALUES WITH (modulus 2, remainder 1);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."refund"') AND o.conname = 'refund_payment_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."refund" ADD CONSTRAINT "refund_payment_fkey" FOREIGN KEY (payment_id, paid_at) REFERENCES public.payment(id, paid_at)';
  END IF;
END $pgdecl$;
CREATE INDEX IF NOT EXISTS payment_2024_02_amount_idx ON public.payment_2024_02 USING btree (amount);
CREATE INDEX IF NOT EXISTS payment_customer_idx ON public.payment USING btree (customer_id);
