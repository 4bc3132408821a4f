CREATE SCHEMA IF NOT EXISTS "api";
GRANT CREATE ON SCHEMA "api" TO "authenticated";
GRANT USAGE ON SCHEMA "api" TO "anon";
GRANT USAGE ON SCHEMA "api" TO "authenticated";
