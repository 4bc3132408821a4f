DROP TABLE IF EXISTS "public"."events_2024";
DROP TABLE IF EXISTS "public"."events";
DROP TABLE IF EXISTS "public"."z_child";
DROP TABLE IF EXISTS "public"."parent_eu";
DROP TABLE IF EXISTS "public"."parent";
