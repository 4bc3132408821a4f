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
CREATE TABLE app.people (id bigint PRIMARY KEY, id_small integer, name text NOT NULL CHECK (NOT (name OPERATOR(app.=~=) 'admin')));
CREATE FUNCTION app.abs_lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'select abs(a) < abs(b)';
CREATE FUNCTION app.abs_cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select 0';
CREATE FUNCTION app.abs_cmp_big(a integer, b bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'select 0';
CREATE OPERATOR app.<<< (FUNCTION = app.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR FAMILY app."Abs fam" USING btree;
COMMENT ON OPERATOR FAMILY app."Abs fam" USING btree IS 'absolute values';
ALTER OPERATOR FAMILY app."Abs fam" USING btree ADD FUNCTION 1 (integer, bigint) app.abs_cmp_big(integer, bigint);
CREATE OPERATOR CLASS app.abs_ops FOR TYPE integer USING btree FAMILY app."Abs fam" AS
  OPERATOR 1 app.<<<, FUNCTION 1 app.abs_cmp(integer, integer);
CREATE OPERATOR CLASS app.abs_hash_ops DEFAULT FOR TYPE app.people USING hash AS FUNCTION 1 pg_catalog.hash_record(record);
CREATE INDEX people_id_abs ON app.people (id_small app.abs_ops);
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
        "<<<(integer, integer)": {"function": "app.abs_lt"},
        "=~=(text, text)": {"function": "app.ci_eq", "commutator": "=~=", "negator": "!~=", "restrict": "eqsel",
                            "join": "eqjoinsel", "hashes": True, "merges": True,
                            "comment": "case-insensitive equality"},
        "~~-(NONE, bigint)": {"function": "app.neg"},
    }
    app = exported.document["schemas"]["app"]
    assert app["operator_families"] == {
        '"Abs fam" using btree': {"functions": ["1 (integer, bigint) app.abs_cmp_big(integer,bigint)"],
                                "comment": "absolute values"}}
    assert app["operator_classes"] == {
        "abs_hash_ops using hash": {"type": "app.people", "default": True,
                                    "functions": ["1 (record, record) hash_record(record)"]},
        "abs_ops using btree": {"type": "integer", "family": '"Abs fam"',
                                "operators": ["1 app.<<< (integer, integer)"],
                                "functions": ["1 (integer, integer) app.abs_cmp(integer,integer)"]},
    }
    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))
