DROP INDEX IF EXISTS "public"."t_a_idx";
