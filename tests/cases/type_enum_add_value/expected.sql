ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad';
ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'so_so' AFTER 'sad';
ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'fine' AFTER 'so_so';
ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy';
ALTER TABLE "public"."people" ALTER COLUMN "current" SET DEFAULT 'fine'::public.mood;
