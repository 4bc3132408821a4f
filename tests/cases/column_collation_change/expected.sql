ALTER TABLE "public"."t" ALTER COLUMN "code" TYPE text COLLATE pg_catalog."C" USING "code"::text;
