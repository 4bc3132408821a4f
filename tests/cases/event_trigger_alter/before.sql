CREATE SCHEMA audit;
CREATE FUNCTION audit.noop() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE FUNCTION audit.other() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER retag ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION audit.noop();
CREATE EVENT TRIGGER toggled ON ddl_command_end EXECUTE FUNCTION audit.noop();
CREATE EVENT TRIGGER retired ON sql_drop EXECUTE FUNCTION audit.noop();
CREATE EVENT TRIGGER theirs ON sql_drop EXECUTE FUNCTION audit.other();
COMMENT ON EVENT TRIGGER toggled IS 'old';
