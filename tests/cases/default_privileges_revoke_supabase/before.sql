DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdecl_dp_owner') THEN
    CREATE ROLE pgdecl_dp_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdecl_dp_other') THEN
    CREATE ROLE pgdecl_dp_other NOLOGIN;
  END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;  -- created concurrently
END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
