CREATE SCHEMA app;
CREATE TYPE app.pair AS (a int, b int);
CREATE FUNCTION app.pair_sum(p app.pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT p.a + p.b';
CREATE FUNCTION app.pair_first(p app.pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT p.a';
CREATE CAST (app.pair AS integer) WITH FUNCTION app.pair_first(app.pair);
CREATE CAST (app.pair AS text) WITH INOUT;
CREATE CAST (app.pair AS bigint) WITH INOUT AS IMPLICIT;
