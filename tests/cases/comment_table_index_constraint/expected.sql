COMMENT ON TABLE "public"."t" IS 'things we track';
COMMENT ON INDEX "public"."t_a_idx" IS 'lookup by a';
COMMENT ON CONSTRAINT "t_a_check" ON "public"."t" IS 'a must be positive';
