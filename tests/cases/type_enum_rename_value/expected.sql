DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid = pg_catalog.to_regtype('"public"."status"') AND e.enumlabel = 'review') AND NOT EXISTS (SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid = pg_catalog.to_regtype('"public"."status"') AND e.enumlabel = 'in_review') THEN
    EXECUTE 'ALTER TYPE "public"."status" RENAME VALUE ''review'' TO ''in_review''';
  END IF;
END $pgdecl$;
ALTER TYPE "public"."status" ADD VALUE IF NOT EXISTS 'archived' AFTER 'published';
ALTER TABLE "public"."posts" ALTER COLUMN "status" SET DEFAULT 'in_review'::public.status;
