DROP TABLE IF EXISTS "public"."measurement_2023";
