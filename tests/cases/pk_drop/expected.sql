ALTER TABLE IF EXISTS "public"."events" DROP CONSTRAINT IF EXISTS "events_pkey";
