ALTER TABLE IF EXISTS "public"."deals" DROP CONSTRAINT IF EXISTS "deals_client_id_fkey";
