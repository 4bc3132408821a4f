-- preset: supabase -- faithful stand-ins for what a Supabase project provides before
-- any app schema: the API roles, auth.users and the auth.uid()/role()/email()/jwt()
-- helpers reading PostgREST's request.jwt.claims. pgdecl runs this only in scratch
-- databases (to canonicalize a spec that references these objects); it never creates
-- or drops them in a target database.
SET client_min_messages = warning;

DO $preset$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES
      ('anon',          'NOLOGIN NOINHERIT'),
      ('authenticated', 'NOLOGIN NOINHERIT'),
      ('service_role',  'NOLOGIN NOINHERIT BYPASSRLS')
    ) AS v(rolname, opts)
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.rolname) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I %s', r.rolname, r.opts);
      EXCEPTION WHEN unique_violation OR duplicate_object THEN
        NULL;  -- created concurrently by another session
      END;
    END IF;
  END LOOP;
END
$preset$;

CREATE SCHEMA IF NOT EXISTS extensions;
CREATE SCHEMA IF NOT EXISTS auth;

CREATE TABLE IF NOT EXISTS auth.users (
  id                 uuid PRIMARY KEY,
  email              text,
  phone              text,
  role               text,
  raw_app_meta_data  jsonb,
  raw_user_meta_data jsonb,
  created_at         timestamptz DEFAULT now(),
  updated_at         timestamptz DEFAULT now()
);

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
  )::uuid
$$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.email() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email'
  )::text
$$;

GRANT USAGE ON SCHEMA public, auth, extensions TO anon, authenticated, service_role;
GRANT SELECT ON auth.users TO service_role;

-- Supabase sets the database search_path to "$user", public, extensions: functions
-- may call extension functions (gen_random_bytes of pgcrypto) unqualified
SET search_path = "$user", public, extensions;
