ALTER POLICY "own_notes" ON "public"."notes" TO "authenticated", "service_role" USING ((auth.uid() = user_id));
