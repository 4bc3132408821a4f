DROP POLICY IF EXISTS "read_all" ON "public"."notes";
