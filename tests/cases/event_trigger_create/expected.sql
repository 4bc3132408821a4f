SET check_function_bodies = off;
CREATE SCHEMA IF NOT EXISTS "audit";
CREATE OR REPLACE FUNCTION audit.forbid_drops()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN
  RAISE EXCEPTION 'dropping % is not allowed', tg_tag;
END
$function$;
CREATE OR REPLACE FUNCTION audit.log_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN
  INSERT INTO audit.ddl_log (tag) VALUES (tg_tag);
END
$function$;
CREATE TABLE IF NOT EXISTS "audit"."ddl_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "tag" text NOT NULL,
    "at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "ddl_log_pkey" PRIMARY KEY (id)
);
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e WHERE e.evtname = 'forbid_drop_table') THEN
    EXECUTE 'CREATE EVENT TRIGGER "forbid_drop_table" ON sql_drop WHEN TAG IN (''DROP TABLE'', ''DROP SCHEMA'') EXECUTE FUNCTION audit.forbid_drops()';
  END IF;
END $pgdecl$;
ALTER EVENT TRIGGER "forbid_drop_table" ENABLE REPLICA;
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e WHERE e.evtname = 'log_ddl') THEN
    EXECUTE 'CREATE EVENT TRIGGER "log_ddl" ON ddl_command_end EXECUTE FUNCTION audit.log_ddl()';
  END IF;
END $pgdecl$;
COMMENT ON EVENT TRIGGER "log_ddl" IS 'every DDL command, logged';
