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
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA public GRANT SELECT ON TABLES TO pgdecl_dp_other;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA public GRANT USAGE ON SEQUENCES TO pgdecl_dp_other;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner REVOKE ALL ON TABLES FROM pgdecl_dp_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_other IN SCHEMA public GRANT SELECT ON TABLES TO pgdecl_dp_owner;
