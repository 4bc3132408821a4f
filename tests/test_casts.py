"""Casts: spec errors at file:line, which casts are the spec's, and the export round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.engine import make_plan
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec

HEAD = "version: 1\nschemas:\n  app: {}\ncasts:\n"


@pytest.mark.parametrize(("body", "line", "message"), [
    ("  app.pair to integer:\n    method: inout\n", 5, "expected 'source_type AS target_type'"),
    ("  app.pair as integer:\n    context: implicit\n", 6, "exactly one of: function, method"),
    ("  app.pair as integer:\n    method: inout\n    function: app.f(app.pair)\n", 6, "exactly one of"),
    ("  app.pair as integer:\n    function: app.f\n", 6, "expected [schema.]function(argument types)"),
    ("  app.pair as integer:\n    method: magic\n", 6, "unknown method 'magic'"),
    ("  app.pair as int); DROP TABLE x; --:\n    method: inout\n", 5, ""),
])
def test_bad_cast(tmp_path: Path, body: str, line: int, message: str) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + body)
    with pytest.raises(SpecError) as raised:
        load_spec(spec_file)
    assert message in str(raised.value)
    assert f"schema.yaml:{line}:" in str(raised.value)


def test_casts_of_other_schemas_are_left_alone(make_db, tmp_path: Path) -> None:
    dsn = make_db()
    run_sql(dsn, "CREATE SCHEMA other; CREATE TYPE other.t AS (a int); CREATE CAST (other.t AS text) WITH INOUT;"
                 "CREATE SCHEMA app; CREATE TYPE app.t AS (a int); CREATE CAST (app.t AS text) WITH INOUT")
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text("version: 1\nschemas:\n  app:\n    types:\n      t: {composite: {a: int}}\n")
    plan = make_plan(load_spec(spec_file), dsn).plan
    assert [step.op.describe() for step in plan.steps] == ["drop cast (app.t AS text)"]
    assert [h.kind.value for h in plan.steps[0].hazards] == ["data_loss"]


EXPORTED = """
CREATE SCHEMA app;
CREATE TYPE app.pair AS (a int, b int);
CREATE DOMAIN app.code AS text;
CREATE FUNCTION app.pair_sum(app.pair) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT ($1.a + $1.b)::bigint';
CREATE CAST (app.pair AS bigint) WITH FUNCTION app.pair_sum(app.pair) AS ASSIGNMENT;
CREATE CAST (app.pair AS text) WITH INOUT AS IMPLICIT;
CREATE CAST (app.pair[] AS text) WITH INOUT;
COMMENT ON CAST (app.pair AS text) IS 'as written';
"""


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, EXPORTED)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    assert exported.document["casts"] == {
        "app.pair AS bigint": {"function": "app.pair_sum(app.pair)", "context": "assignment"},
        "app.pair AS text": {"method": "inout", "context": "implicit", "comment": "as written"},
        "app.pair[] AS text": {"method": "inout"},
    }
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))
