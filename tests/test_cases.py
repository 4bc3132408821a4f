"""Table-driven cases: tests/cases/<name>/{before.sql, schema.yaml, expected.sql}.

For every case, on a real PostgreSQL: the plan equals expected.sql; applying it
leaves nothing to do; the script run twice with psql succeeds and the second run
changes nothing. Set PGDECL_UPDATE_EXPECTED=1 to (re)write expected.sql files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from conftest import run_sql
from harness import apply_and_replan, check_script_twice, load_preset, plan_for

CASES = Path(__file__).parent / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "schema.yaml").exists())


def _prepare(case: Path, dsn: str) -> None:
    spec = yaml.safe_load((case / "schema.yaml").read_text())
    if isinstance(spec, dict) and spec.get("preset") == "supabase":
        load_preset(dsn)
    before = case / "before.sql"
    if before.exists() and before.read_text().strip():
        run_sql(dsn, before.read_text())


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(case: Path, make_db) -> None:
    dsn = make_db()
    _prepare(case, dsn)
    result = plan_for(case / "schema.yaml", dsn)
    expected_file = case / "expected.sql"
    if os.environ.get("PGDECL_UPDATE_EXPECTED"):
        expected_file.write_text(result.plan.sql())
    assert expected_file.exists(), f"{case.name}: no expected.sql"
    assert result.plan.sql() == expected_file.read_text(), f"{case.name}: plan differs from expected.sql"
    apply_and_replan(result, dsn)

    scripted = make_db()
    _prepare(case, scripted)
    check_script_twice(plan_for(case / "schema.yaml", scripted), scripted)


def test_at_least_thirty_cases() -> None:
    assert len(CASE_DIRS) >= 30
