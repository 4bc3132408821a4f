ALTER TABLE "public"."t" ADD COLUMN IF NOT EXISTS "total" numeric GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED;
