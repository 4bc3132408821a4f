-- bodies PostgreSQL keeps and pg_dump restores (check_function_bodies = off), but that
-- CREATE FUNCTION with bodies checked would refuse
CREATE SCHEMA app;
CREATE DOMAIN app.label AS text;
CREATE TABLE app.items (id int PRIMARY KEY, name text);
