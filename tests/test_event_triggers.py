"""Event triggers: spec errors at file:line, never firing on the spec's own DDL (planning, and
the plan that creates them), and the export round trip."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, check_export_round_trip
from pgdecl.engine import make_plan
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec
from pgdecl.spec.events import version_problem

HEAD = "version: 1\nschemas:\n  app: {}\nevent_triggers:\n"


@pytest.mark.parametrize(("body", "line", "message"), [
    ("  t:\n    event: ddl_command_start\n", 6, "missing required key 'function'"),
    ("  t:\n    event: on_commit\n    function: app.f()\n", 6, "unknown event 'on_commit'"),
    ("  t:\n    event: ddl_command_end\n    function: f()\n", 7, "expected schema.function()"),
    ("  t:\n    event: ddl_command_end\n    function: app.f(1)\n", 7, "takes no arguments"),
    ("  t:\n    event: login\n    function: app.f()\n    tags: [CREATE TABLE]\n", 8, "tags do not apply"),
    ("  t:\n    event: ddl_command_end\n    function: app.f()\n    tags: ['DROP TABLE; x']\n", 8,
     "expected a command tag"),
    ("  t:\n    absent: true\n    event: sql_drop\n", 7, "takes no other key"),
    ("  t:\n    event: ddl_command_end\n    function: app.f()\n    enabled: sometimes\n", 8, "unknown enabled state"),
])
def test_bad_event_trigger(tmp_path: Path, body: str, line: int, message: str) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + body)
    with pytest.raises(SpecError) as raised:
        load_spec(spec_file)
    assert message in str(raised.value)
    assert f"schema.yaml:{line}:" in str(raised.value)


def test_login_needs_postgresql_17(tmp_path: Path) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + "  on_login:\n    event: login\n    function: app.f()\n")
    triggers = load_spec(spec_file).event_triggers
    assert version_problem(triggers, 170000) is None
    assert "event trigger on_login: the login event needs PostgreSQL 17 or later (the server is PostgreSQL 16)" \
        in version_problem(triggers, 160004)


# an event trigger that refuses every DDL command: building the spec (in the scratch database,
# also when statements are deferred: the view below is written before the table it reads) and
# applying the plan must never run DDL once it exists
REFUSING = """version: 1
schemas:
  app:
    views:
      early:
        query: SELECT id FROM app.late
    tables:
      late:
        columns: {id: int}
    functions:
      refuse():
        returns: event_trigger
        language: plpgsql
        body: BEGIN RAISE EXCEPTION 'spec code ran on %', tg_tag; END
event_triggers:
  refuse_ddl:
    event: ddl_command_start
    function: app.refuse()
"""


def test_event_triggers_never_fire_on_the_specs_ddl(make_db, tmp_path: Path) -> None:
    dsn = make_db()
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(REFUSING)
    result = make_plan(load_spec(spec_file), dsn)
    steps = [step.op.describe() for step in result.plan.steps]
    assert steps[-1] == "create event trigger refuse_ddl", steps
    apply_and_replan(result, dsn)
    with psycopg.connect(dsn, autocommit=True) as conn, pytest.raises(psycopg.errors.RaiseException):
        conn.execute("CREATE TABLE app.after_it (id int)")       # it is there, and fires
    run_sql(dsn, "ALTER EVENT TRIGGER refuse_ddl DISABLE")      # ALTER EVENT TRIGGER fires none
    spec_file.write_text(REFUSING.replace("columns: {id: int}", "columns: {id: int, note: text}"))
    dropped = make_plan(load_spec(spec_file), dsn)
    assert [s.op.describe() for s in dropped.plan.steps][-1] == "alter enabled state of event trigger refuse_ddl"


EXPORTED = """
CREATE SCHEMA app;
CREATE FUNCTION app.note() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER note_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'alter table') EXECUTE FUNCTION app.note();
CREATE EVENT TRIGGER note_drops ON sql_drop EXECUTE FUNCTION app.note();
ALTER EVENT TRIGGER note_drops ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER note_ddl IS 'notes';
CREATE SCHEMA elsewhere;
CREATE FUNCTION elsewhere.f() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER not_exported ON sql_drop EXECUTE FUNCTION elsewhere.f();
"""


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, EXPORTED)
    run_sql(rebuilt, "CREATE SCHEMA elsewhere")
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    assert exported.document["event_triggers"] == {
        "note_ddl": {"event": "ddl_command_end", "function": "app.note()", "tags": ["CREATE TABLE", "ALTER TABLE"],
                     "comment": "notes"},
        "note_drops": {"event": "sql_drop", "function": "app.note()", "enabled": "always"},
    }
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))
