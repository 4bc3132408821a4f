"""export of operators (binary with a commutator/negator pair, estimators, HASHES/MERGES, a
prefix operator, a comment, a view and a check constraint using one): plan against the same
database is empty; rebuilt from the export, it is equal."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SCHEMA = r"""
CREATE SCHEMA app;
CREATE FUNCTION app.ci_eq(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select lower(a) = lower(b)';
CREATE FUNCTION app.ci_ne(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select lower(a) <> lower(b)';
CREATE FUNCTION app.neg(a bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'select -a';
CREATE OPERATOR app.=~= (FUNCTION = app.ci_eq, LEFTARG = text, RIGHTARG = text,
  COMMUTATOR = OPERATOR(app.=~=), NEGATOR = OPERATOR(app.!~=), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR app.!~= (FUNCTION = app.ci_ne, LEFTARG = text, RIGHTARG = text, NEGATOR = OPERATOR(app.=~=));
COMMENT ON OPERATOR app.=~= (text, text) IS 'case-insensitive equality';
CREATE OPERATOR app.~~- (FUNCTION = app.neg, RIGHTARG = bigint);
CREATE TABLE app.people (id bigint PRIMARY KEY, name text NOT NULL CHECK (NOT (name OPERATOR(app.=~=) 'admin')));
CREATE VIEW app.named AS SELECT OPERATOR(app.~~-) id AS minus, name FROM app.people WHERE name OPERATOR(app.!~=) '';
"""


def test_export_operators_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, SCHEMA)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    operators = exported.document["schemas"]["app"]["operators"]
    assert operators == {
        "!~=(text, text)": {"function": "app.ci_ne", "negator": "=~="},
        "=~=(text, text)": {"function": "app.ci_eq", "commutator": "=~=", "negator": "!~=", "restrict": "eqsel",
                            "join": "eqjoinsel", "hashes": True, "merges": True,
                            "comment": "case-insensitive equality"},
        "~~-(NONE, bigint)": {"function": "app.neg"},
    }
    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))
