-- User mappings (database-wide). An option whose name says it holds a secret
-- (password, sslpassword, a token ...) is listed by name only: its value never
-- leaves the server (pgdecl has no use for it and must not print it). umoptions
-- is NULL where the connected role may not read them (neither the mapped user, the
-- server's owner with USAGE, nor a superuser): they read as none.
SELECT CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename END AS role,
       m.srvname AS server,
       ARRAY(SELECT ARRAY[o.option_name, o.option_value] FROM pg_catalog.pg_options_to_table(m.umoptions) o
             WHERE o.option_name !~* 'password|secret|token') AS options,
       ARRAY(SELECT o.option_name FROM pg_catalog.pg_options_to_table(m.umoptions) o
             WHERE o.option_name ~* 'password|secret|token' ORDER BY 1) AS secrets
FROM pg_catalog.pg_user_mappings m
ORDER BY m.srvname, role
