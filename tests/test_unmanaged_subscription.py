"""Subscriptions (database objects the spec cannot describe) are named by plan and export,
never silently passed over; extensions are exported with their schema and version."""

from __future__ import annotations

from pathlib import Path

import psycopg

from conftest import run_sql
from harness import plan_for
from pgdecl.export import export_database


def test_subscription_is_named_by_plan_and_export(db: str, tmp_path: Path) -> None:
    run_sql(db, "CREATE TABLE public.items (id bigint PRIMARY KEY)")
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("CREATE SUBSCRIPTION pgdecl_sub CONNECTION 'dbname=nowhere' PUBLICATION pub_a, pub_b "
                     "WITH (connect = false, enabled = false, create_slot = false, slot_name = NONE)")
    try:
        spec = tmp_path / "schema.yaml"
        spec.write_text("version: 1\nschemas:\n  public:\n    tables:\n      items:\n"
                        "        columns: {id: bigint primary key}\n")
        plan = plan_for(spec, db).plan
        assert plan.empty
        assert plan.unmanaged_notice() == ("No changes to what the spec describes; 1 object is not managed: "
                                           "subscription pgdecl_sub (publications pub_a, pub_b)")
        exported = export_database(db, ("public",))
        assert "subscription pgdecl_sub (publications pub_a, pub_b): not managed by pgdecl, not exported" \
            in exported.warnings
    finally:
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute("DROP SUBSCRIPTION pgdecl_sub")
