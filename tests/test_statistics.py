"""Statistics objects: export round trip, what stays unmanaged, bad spec input at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database
from pgdecl.spec import load_spec
from pgdecl.spec.errors import SpecError


def test_export_statistics_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, """
        CREATE SCHEMA app;
        CREATE TABLE app.addresses (id int, city text, zip text, street text);
        CREATE STATISTICS app.city_zip (dependencies, mcv) ON zip, city FROM app.addresses;
        ALTER STATISTICS app.city_zip SET STATISTICS 300;
        COMMENT ON STATISTICS app.city_zip IS 'zip → city';
        CREATE STATISTICS app.everything ON city, (lower(street)) FROM app.addresses;
        CREATE STATISTICS app.one_expression ON (lower(city)) FROM app.addresses;
        CREATE MATERIALIZED VIEW app.cities AS SELECT city, zip FROM app.addresses;
        CREATE STATISTICS app.on_view ON city, zip FROM app.cities;
    """)
    exported = export_database(source, ("app",))
    assert exported.warnings == [
        "statistics object app.on_view (on a materialized view): not managed by pgdecl, not exported"]
    statistics = exported.document["schemas"]["app"]["tables"]["addresses"]["statistics"]
    assert statistics == {
        "city_zip": {"columns": ["city", "zip"], "kinds": ["dependencies", "mcv"], "target": 300,
                     "comment": "zip → city"},
        "everything": {"columns": ["city"], "expressions": ["lower(street)"]},
        "one_expression": {"expressions": ["lower(city)"]},
    }
    run_sql(rebuilt, "CREATE SCHEMA app")
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))


@pytest.mark.parametrize("body, message", [
    ("{columns: [a]}", "at least two columns or expressions, or one expression"),
    ("{columns: [a, b], kinds: [mcv, mcv]}", "listed twice"),
    ("{columns: [a, b], kinds: [histogram]}", "one of: ndistinct, dependencies, mcv"),
    ("{columns: [a, b], target: 20000}", "target is -1"),
    ("{expressions: ['lower(a))']}", "syntax error"),
])
def test_bad_statistics_is_reported_at_file_line(tmp_path: Path, body: str, message: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns: {a: int, b: int}\n"
                    f"        statistics:\n          s: {body}\n")
    with pytest.raises(SpecError, match=message) as raised:
        load_spec(spec)
    assert "schema.yaml:8" in str(raised.value)


def test_one_statistics_name_on_two_tables_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  public:\n    tables:\n"
                    "      t:\n        columns: {a: int, b: int}\n        statistics: {s: {columns: [a, b]}}\n"
                    "      u:\n        columns: {a: int, b: int}\n        statistics: {s: {columns: [a, b]}}\n")
    with pytest.raises(SpecError, match="defined twice"):
        load_spec(spec)
