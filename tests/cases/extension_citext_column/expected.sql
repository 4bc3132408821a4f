CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";
ALTER TABLE "public"."users" ADD COLUMN IF NOT EXISTS "email" public.citext;
