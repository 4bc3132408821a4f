"""Rules: spec errors at file:line (a rule's commands parsed at load, only the DML kinds),
and the export round trip (tables and views)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec

HEAD = """version: 1
schemas:
  app:
    tables:
      t:
        columns: {id: int, locked: boolean}
        rules:
"""


@pytest.mark.parametrize(("body", "line", "message"), [
    ("          r: {event: delete, do: 'DROP TABLE app.t'}\n", 8, "a rule runs INSERT, UPDATE, DELETE, SELECT or NOTIFY"),
    ("          r: {event: delete, do: 'DELETE FROM app.t; DROP TABLE app.t'}\n", 8, "one command per list item"),
    ("          r: {event: delete, do: [nothing]}\n", 8, "not an SQL command"),
    ("          r: {event: select, do: nothing}\n", 8, "ON SELECT rules are views"),
    ("          r: {event: delete}\n", 8, "missing required key 'do'"),
    ("          r: {event: delete, do: nothing, where: 'true); DROP TABLE app.t; SELECT (1'}\n", 8, "not one SQL expression"),
    ("          _RETURN: {event: delete, do: nothing}\n", 8, "_RETURN is a view's own rule"),
    ("          r: {event: delete, do: [\"COPY app.t TO '/tmp/x'\"]}\n", 8, "a rule runs INSERT"),
])
def test_bad_rule(tmp_path: Path, body: str, line: int, message: str) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + body)
    with pytest.raises(SpecError) as raised:
        load_spec(spec_file)
    assert message in str(raised.value)
    assert f"schema.yaml:{line}:" in str(raised.value)


EXPORTED = """
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, locked boolean NOT NULL DEFAULT false, balance numeric);
CREATE TABLE app.audit (account bigint, note text);
CREATE RULE no_delete AS ON DELETE TO app.accounts WHERE old.locked DO INSTEAD NOTHING;
CREATE RULE log_update AS ON UPDATE TO app.accounts DO ALSO (
  INSERT INTO app.audit VALUES (old.id, 'was ' || old.balance); NOTIFY accounts);
COMMENT ON RULE no_delete ON app.accounts IS 'locked accounts stay';
CREATE VIEW app.open_accounts AS SELECT id, balance FROM app.accounts WHERE NOT locked;
CREATE RULE insert_open AS ON INSERT TO app.open_accounts DO INSTEAD
  INSERT INTO app.accounts (id, balance) VALUES (new.id, new.balance);
"""


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, EXPORTED)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    app = exported.document["schemas"]["app"]
    assert app["tables"]["accounts"]["rules"] == {
        "log_update": {"event": "update", "do": [
            "INSERT INTO app.audit (account, note) VALUES (old.id, 'was '::text || old.balance)", "NOTIFY accounts"]},
        "no_delete": {"event": "delete", "where": "old.locked", "instead": True, "do": "nothing",
                      "comment": "locked accounts stay"},
    }
    assert app["views"]["open_accounts"]["rules"] == {"insert_open": {
        "event": "insert", "instead": True,
        "do": "INSERT INTO app.accounts (id, balance) VALUES (new.id, new.balance)"}}
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))


def test_a_disabled_rule_is_named(make_db) -> None:
    source = make_db()
    run_sql(source, EXPORTED + "ALTER TABLE app.accounts DISABLE RULE log_update;")
    assert export_database(source, ("app",)).warnings == [
        "rule log_update on app.accounts: ENABLE/DISABLE state 'D' is not exported (not managed)"]
