COMMENT ON COLLATION "public"."kept" IS NULL;
ALTER TABLE "public"."items" DROP COLUMN IF EXISTS "name";
DROP COLLATION IF EXISTS "public"."sorting";
