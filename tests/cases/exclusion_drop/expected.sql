ALTER TABLE IF EXISTS "public"."rooms" DROP CONSTRAINT IF EXISTS "rooms_no_overlap";
