ALTER TABLE "public"."t" ADD COLUMN IF NOT EXISTS "status" text DEFAULT 'new'::text NOT NULL;
