DROP TABLE IF EXISTS "public"."pairs";
DROP TYPE IF EXISTS "public"."pair";
