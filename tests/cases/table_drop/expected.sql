DROP TABLE IF EXISTS "public"."obsolete";
