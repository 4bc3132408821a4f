"""WITH GRANT OPTION: written in the spec as ``privilege with grant option``; exported,
planned (GRANT … WITH GRANT OPTION / REVOKE GRANT OPTION FOR …) and round-tripped."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip, load_preset
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec

SOURCE = """
DO $$ BEGIN CREATE ROLE pgdecl_go_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.deals (id bigint PRIMARY KEY, stage text, amount numeric);
CREATE SEQUENCE app.seq;
GRANT SELECT ON app.deals TO anon WITH GRANT OPTION;
GRANT INSERT ON app.deals TO anon;
GRANT UPDATE (stage) ON app.deals TO authenticated WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE app.seq TO authenticated WITH GRANT OPTION;
GRANT USAGE ON SCHEMA app TO anon, authenticated;
ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_go_owner IN SCHEMA app GRANT SELECT ON TABLES TO authenticated WITH GRANT OPTION;
"""


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    load_preset(source)
    run_sql(source, SOURCE)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    app = exported.document["schemas"]["app"]
    assert app["tables"]["deals"]["grants"] == {
        "anon": ["insert", "select with grant option"],
        "authenticated": [{"update with grant option": ["stage"]}]}
    assert app["sequences"]["seq"]["grants"]["authenticated"] == ["usage with grant option"]
    assert app["default_privileges"] == {
        "pgdecl_go_owner": {"tables": {"authenticated": ["select with grant option"]}}}
    target = make_db()
    load_preset(target)
    run_sql(target, "DO $$ BEGIN CREATE ROLE pgdecl_go_owner NOLOGIN; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$;")
    check_export_round_trip(exported, source, target, tmp_path / "schema.yaml", ("app",))


@pytest.mark.parametrize(("grants", "message"), [
    ("{anon: [select with grant]}", "schema.yaml:7:25: schemas.app.tables.t.grants.anon[0]: unknown privilege "
                                    "'select with grant' (expected one of: all, select, insert, update, delete, "
                                    "truncate, references, trigger, maintain, each optionally followed by "
                                    "'with grant option')"),
    ("{anon: [{delete with grant option: [id]}]}", "unknown column privilege 'delete with grant option'"),
])
def test_bad_grant_option(tmp_path: Path, grants: str, message: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  app:\n    tables:\n      t:\n        columns: {id: int}\n"
                    f"        grants: {grants}\n")
    with pytest.raises(SpecError) as error:
        load_spec(spec)
    assert message in str(error.value)
