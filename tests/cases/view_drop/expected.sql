DROP VIEW IF EXISTS "public"."open_deals";
