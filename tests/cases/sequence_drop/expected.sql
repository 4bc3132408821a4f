DROP SEQUENCE IF EXISTS "public"."old_seq";
