DROP EVENT TRIGGER IF EXISTS "retag";
DROP EVENT TRIGGER IF EXISTS "retired";
CREATE TABLE IF NOT EXISTS "audit"."created_later" (
    "id" integer
);
DO $pgdecl$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e WHERE e.evtname = 'retag') THEN
    EXECUTE 'CREATE EVENT TRIGGER "retag" ON ddl_command_start WHEN TAG IN (''CREATE TABLE'', ''ALTER TABLE'') EXECUTE FUNCTION audit.noop()';
  END IF;
END $pgdecl$;
ALTER EVENT TRIGGER "toggled" DISABLE;
COMMENT ON EVENT TRIGGER "toggled" IS NULL;
