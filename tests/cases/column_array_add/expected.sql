ALTER TABLE "public"."t" ADD COLUMN IF NOT EXISTS "scores" integer[];
ALTER TABLE "public"."t" ADD COLUMN IF NOT EXISTS "tags" text[] DEFAULT '{}'::text[] NOT NULL;
