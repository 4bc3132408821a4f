"""Table-driven cases: tests/cases/<name>/{before.sql, schema.yaml, expected.sql}.

For every case, on a real PostgreSQL: the plan equals expected.sql; applying it
leaves nothing to do; the script run twice with psql succeeds and the second run
changes nothing. Set PGDECL_UPDATE_EXPECTED=1 to (re)write expected.sql files.

PostgreSQL deparses views and expressions differently across major versions
(15 qualifies columns in view bodies; 17 added ALTER COLUMN … SET EXPRESSION),
so a case may hold expected.pg<major>.sql next to expected.sql: the versioned
file wins on that server version. Updating on a server other than the newest
writes the versioned file only when the plan differs from expected.sql.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
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


NEWEST_MAJOR = 18


def _server_major(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.info.server_version // 10000


def _expected_file(case: Path, major: int, actual: str) -> Path:
    versioned = case / f"expected.pg{major}.sql"
    default = case / "expected.sql"
    if os.environ.get("PGDECL_UPDATE_EXPECTED"):
        if major >= NEWEST_MAJOR or not default.exists():
            default.write_text(actual)
        elif default.read_text() != actual:
            versioned.write_text(actual)
        elif versioned.exists():
            versioned.unlink()
    return versioned if versioned.exists() else default


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(case: Path, make_db) -> None:
    dsn = make_db()
    _prepare(case, dsn)
    result = plan_for(case / "schema.yaml", dsn)
    expected_file = _expected_file(case, _server_major(dsn), result.plan.sql())
    assert expected_file.exists(), f"{case.name}: no expected.sql"
    assert result.plan.sql() == expected_file.read_text(), f"{case.name}: plan differs from {expected_file.name}"
    apply_and_replan(result, dsn)

    scripted = make_db()
    _prepare(case, scripted)
    check_script_twice(plan_for(case / "schema.yaml", scripted), scripted)


def test_at_least_thirty_cases() -> None:
    assert len(CASE_DIRS) >= 30
