CREATE TABLE IF NOT EXISTS "public"."new_things" (
    "id" bigint NOT NULL,
    CONSTRAINT "new_things_pkey" PRIMARY KEY (id)
);
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('"public"."orders"') AND a.attname = 'legacy' AND NOT a.attisdropped) THEN
    EXECUTE 'ALTER PUBLICATION "app_changes" SET TABLE ONLY "public"."old_things", ONLY "public"."orders"';
  END IF;
END $pgdecl$;
ALTER TABLE "public"."orders" DROP COLUMN IF EXISTS "legacy";
ALTER TABLE "public"."orders" ADD COLUMN IF NOT EXISTS "region" text;
ALTER PUBLICATION "app_changes" SET TABLE ONLY "public"."new_things", ONLY "public"."orders" ("id", "status", "region");
DROP TABLE IF EXISTS "public"."old_things";
