DROP DOMAIN IF EXISTS "public"."small_posint";
DROP DOMAIN IF EXISTS "public"."posint";
