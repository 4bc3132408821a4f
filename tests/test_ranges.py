"""Range types: export round trip (with their multiranges and functions), a change blocked by
the columns that use the type, and bad spec input reported at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip, plan_for
from pgdecl.diff.types import UnsupportedTypeChange
from pgdecl.export import export_database
from pgdecl.spec import load_spec
from pgdecl.spec.errors import SpecError


def test_export_ranges_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, """
        CREATE SCHEMA app;
        CREATE COLLATION app.bytes (locale = 'C');
        CREATE FUNCTION app.float_diff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT a - b';
        CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = app.float_diff);
        CREATE TYPE app.textrange AS RANGE (subtype = text, collation = app.bytes, subtype_opclass = text_pattern_ops,
                                            multirange_type_name = app.text_ranges);
        CREATE TYPE app.span AS RANGE (subtype = float8, subtype_diff = float8mi);
        COMMENT ON TYPE app.span IS 'whole numbers';
        CREATE TABLE app.bookings (id int, at app.floatrange, names app.text_ranges, spans app.span_multirange[]);
    """)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    types = exported.document["schemas"]["app"]["types"]
    assert types["floatrange"] == {"range": "double precision", "subtype_diff": "app.float_diff"}
    assert types["textrange"] == {"range": "text", "collation": "app.bytes",
                                  "subtype_opclass": "pg_catalog.text_pattern_ops",
                                  "multirange_type_name": "text_ranges"}
    assert types["span"] == {"range": "double precision", "subtype_diff": "float8mi", "comment": "whole numbers"}
    run_sql(rebuilt, "CREATE SCHEMA app")
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))


def test_changing_a_range_type_columns_use_is_refused(db: str, tmp_path: Path) -> None:
    run_sql(db, "CREATE TYPE public.span AS RANGE (subtype = int4); CREATE TABLE public.t (s public.span)")
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  public:\n    types:\n      span: {range: int8}\n"
                    "    tables:\n      t:\n        columns:\n          s: public.span\n")
    with pytest.raises(UnsupportedTypeChange, match=r"changing the definition of a range type.*table public.t"):
        plan_for(spec, db)


@pytest.mark.parametrize("body, message", [
    ("{enum: [a], subtype_diff: f}", "subtype_diff applies to range types only"),
    ("{composite: {a: int}, collation: C}", "collation applies to domains and range types only"),
    ("{range: int4, not_null: true}", "not_null applies to domains only"),
    ("{range: 'int4; drop table x'}", "type"),
    ("{range: int4, domain: int4}", "exactly one of"),
])
def test_bad_range_is_reported_at_file_line(tmp_path: Path, body: str, message: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(f"version: 1\nschemas:\n  public:\n    types:\n      r: {body}\n")
    with pytest.raises(SpecError, match=message) as raised:
        load_spec(spec)
    assert "schema.yaml:5" in str(raised.value)
