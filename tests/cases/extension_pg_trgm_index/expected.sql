CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";
CREATE INDEX IF NOT EXISTS people_name_trgm ON public.people USING gin (name public.gin_trgm_ops);
