ALTER TABLE "public"."t" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
