"""Table inheritance (INHERITS) exported as ``inherits:`` with the table's own columns only,
and round-tripped: the spec rebuilds the same tables."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SOURCE = """
CREATE SCHEMA audit;
CREATE TABLE audit.stamped (stamped_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE public.base (id bigint NOT NULL, created timestamptz DEFAULT now(), CHECK (id > 0));
CREATE TABLE public.child (extra text) INHERITS (public.base, audit.stamped);
CREATE TABLE public.grandchild () INHERITS (public.child);
"""


def test_export_inherits_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, SOURCE)
    exported = export_database(source, ("audit", "public"))
    assert exported.warnings == []
    tables = exported.document["schemas"]["public"]["tables"]
    assert tables["child"]["inherits"] == ["base", "audit.stamped"]
    assert list(tables["child"]["columns"]) == ["extra"]
    assert tables["grandchild"] == {"inherits": ["child"]} or "columns" not in tables["grandchild"]
    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("audit", "public"))
