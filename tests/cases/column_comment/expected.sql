COMMENT ON COLUMN "public"."t"."a" IS 'the a column';
COMMENT ON COLUMN "public"."t"."b" IS NULL;
