ALTER DOMAIN "public"."label" DROP DEFAULT;
ALTER DOMAIN "public"."label" DROP NOT NULL;
ALTER DOMAIN "public"."label" DROP CONSTRAINT IF EXISTS "label_not_empty";
