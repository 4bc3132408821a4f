ALTER TABLE "public"."base" ADD COLUMN IF NOT EXISTS "note" text;
