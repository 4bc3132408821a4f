ALTER FOREIGN DATA WRAPPER "dummy" VALIDATOR postgresql_fdw_validator;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog."pg_foreign_data_wrapper" c, pg_catalog.pg_options_to_table(c."fdwoptions") o WHERE c."fdwname" = 'dummy' AND o.option_name = 'debug') THEN
    EXECUTE 'ALTER FOREIGN DATA WRAPPER "dummy" OPTIONS (DROP "debug")';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_foreign_data_wrapper" c, pg_catalog.pg_options_to_table(c."fdwoptions") o WHERE c."fdwname" = 'other' AND o.option_name = 'verbose') THEN
    EXECUTE 'ALTER FOREIGN DATA WRAPPER "other" OPTIONS (ADD "verbose" ''on'')';
  END IF;
END $pgdecl$;
ALTER SERVER "archive" VERSION NULL;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog."pg_foreign_server" c, pg_catalog.pg_options_to_table(c."srvoptions") o WHERE c."srvname" = 'archive' AND o.option_name = 'host') THEN
    EXECUTE 'ALTER SERVER "archive" OPTIONS (SET "host" ''archive.internal'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog."pg_foreign_server" c, pg_catalog.pg_options_to_table(c."srvoptions") o WHERE c."srvname" = 'archive' AND o.option_name = 'sslmode') THEN
    EXECUTE 'ALTER SERVER "archive" OPTIONS (ADD "sslmode" ''require'')';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog."pg_foreign_server" c, pg_catalog.pg_options_to_table(c."srvoptions") o WHERE c."srvname" = 'archive' AND o.option_name = 'dbname') THEN
    EXECUTE 'ALTER SERVER "archive" OPTIONS (DROP "dbname")';
  END IF;
END $pgdecl$;
