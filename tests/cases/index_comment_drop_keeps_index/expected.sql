COMMENT ON INDEX "public"."t_a_idx" IS NULL;
