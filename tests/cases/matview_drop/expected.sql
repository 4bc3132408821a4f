DROP MATERIALIZED VIEW IF EXISTS "public"."stage_totals";
