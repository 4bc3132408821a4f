DROP FUNCTION IF EXISTS "public"."old_helper"(integer);
