ALTER TABLE "public"."t" DROP COLUMN IF EXISTS "legacy";
