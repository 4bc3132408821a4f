DROP INDEX IF EXISTS "public"."readings_delta_abs";
DROP OPERATOR CLASS IF EXISTS "public"."abs_ops" USING "btree";
DROP OPERATOR FAMILY IF EXISTS "public"."abs_own_ops" USING "btree";
DROP OPERATOR FAMILY IF EXISTS "public"."abs_fam" USING "btree";
