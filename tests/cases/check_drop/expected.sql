ALTER TABLE IF EXISTS "public"."t" DROP CONSTRAINT IF EXISTS "t_amount_positive";
