DROP TABLE IF EXISTS "public"."moods";
DROP FUNCTION IF EXISTS "public"."cheer"(m public.mood);
DROP TYPE IF EXISTS "public"."mood";
DROP TYPE IF EXISTS "public"."unused";
