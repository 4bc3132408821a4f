ALTER TABLE "public"."t" DROP COLUMN IF EXISTS "m";
ALTER TABLE "public"."t" DROP COLUMN IF EXISTS "r";
DROP TYPE IF EXISTS "public"."floatrange";
