DROP TRIGGER IF EXISTS "docs_touch" ON "public"."docs";
