CREATE SCHEMA IF NOT EXISTS "api";
REVOKE ALL ON SCHEMA "api" FROM "anon";
GRANT USAGE ON SCHEMA "api" TO "anon";
REVOKE ALL ON SCHEMA "api" FROM "authenticated";
GRANT CREATE ON SCHEMA "api" TO "authenticated";
GRANT USAGE ON SCHEMA "api" TO "authenticated";
