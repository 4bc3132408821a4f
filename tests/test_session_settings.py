"""The spec is canonicalized under the target session's settings: a target database whose
TimeZone / DateStyle differ from the server's reads a timestamptz bound or default as the
apply will, so apply then re-plan is empty (and the same spec on a UTC database is too)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from harness import apply_and_replan, plan_for

SPEC = """\
version: 1
schemas:
  public:
    tables:
      events:
        columns:
          at: {type: timestamptz, not_null: true, default: "'2024-03-01 00:00'::timestamptz"}
          every: {type: interval, default: "'1 day 2 hours'"}
        partition_by: range (at)
      events_2024:
        partition_of: {table: events, bounds: "for values from ('2024-01-01 00:00') to ('2025-01-01 00:00')"}
"""


@pytest.mark.parametrize("zone, style", [("America/New_York", "SQL, DMY"), ("Europe/Berlin", "German"),
                                         ("UTC", "ISO, MDY")])
def test_a_target_database_with_its_own_time_zone_converges(make_db, tmp_path: Path, monkeypatch, zone, style):
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))
    target = make_db()
    with psycopg.connect(target, autocommit=True) as conn:
        name = conn.info.dbname
        conn.execute(f"ALTER DATABASE \"{name}\" SET timezone = '{zone}'")
        conn.execute(f"ALTER DATABASE \"{name}\" SET datestyle = '{style}'")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    result = plan_for(spec, target)
    assert not result.plan.empty
    apply_and_replan(result, target)
    with psycopg.connect(target) as conn:   # the bound is midnight in the target's zone, as written
        conn.execute("SET timezone = 'UTC'")
        bound = conn.execute("SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'events_2024'"
                             ).fetchone()[0]
        midnight = conn.execute("SELECT ('2024-01-01 00:00'::timestamp AT TIME ZONE %s)::text", [zone]).fetchone()[0]
    assert midnight in bound
