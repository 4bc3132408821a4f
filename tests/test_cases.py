"""Table-driven cases: tests/cases/<name>/{before.sql, schema.yaml, expected.sql}.

For every case, on a real PostgreSQL: the plan equals expected.sql; applying it
leaves nothing to do; the script run twice with psql succeeds and the second run
changes nothing. Set PGDECL_UPDATE_EXPECTED=1 to (re)write expected.sql files.

PostgreSQL deparses views and expressions differently across major versions
(14 and 15 qualify columns in view bodies; 17 added ALTER COLUMN … SET
EXPRESSION), so a case may hold expected.pg<major>.sql next to expected.sql (the
plan on the newest version, 18). On PostgreSQL N the first of expected.pgN.sql,
expected.pg<N+1>.sql, … that exists wins, else expected.sql: a versioned file
serves its version and the older ones down to the next versioned file (14
deparses like 15 unless expected.pg14.sql says otherwise). Updating on a server
other than the newest writes expected.pgN.sql only when the plan differs from
the file that would serve N without it (and deletes a pgN file that became
redundant): update on 18 first, then 17, 16, 15, 14 (servers: .ci/pg.sh).

A case whose spec uses a feature the server lacks (MIN_MAJOR) does not pass
silently there: planning it must fail with pgdecl's message naming the feature
and the version it needs; if its before.sql already needs the feature, the case
is skipped with that reason.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
import yaml

from conftest import run_sql
from harness import apply_and_replan, check_script_twice, load_preset, plan_for

from pgdecl.shadow import SpecSQLError

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

# cases using a feature older servers lack: case → (first major version that has it, feature)
MIN_MAJOR = {
    "fk_follows_replaced_key": (15, "NULLS NOT DISTINCT"),
    "identifiers_quoted_policy_view": (15, "security_invoker"),
    "publication_alter": (15, "publication row filters and column lists"),
    "publication_create": (15, "tables_in_schema"),
    "publication_with_table_changes": (15, "publication column lists"),
    "rename_view": (15, "security_invoker"),
    "unique_nulls_not_distinct": (15, "NULLS NOT DISTINCT"),
    "view_add_security_invoker": (15, "security_invoker"),
    "view_reset_security_invoker": (15, "security_invoker"),
    "view_security_barrier": (15, "security_invoker"),
}


def _server_major(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.info.server_version // 10000


def _serving(case: Path, major: int) -> Path:
    """The expected file for PostgreSQL ``major``: expected.pg<major>.sql, else that of
    the next newer version that has one, else expected.sql."""
    for version in range(major, NEWEST_MAJOR):
        versioned = case / f"expected.pg{version}.sql"
        if versioned.exists():
            return versioned
    return case / "expected.sql"


def _expected_file(case: Path, major: int, actual: str) -> Path:
    versioned = case / f"expected.pg{major}.sql"
    default = case / "expected.sql"
    if os.environ.get("PGDECL_UPDATE_EXPECTED"):
        if major >= NEWEST_MAJOR or not default.exists():
            default.write_text(actual)
        elif _serving(case, major + 1).read_text() != actual:
            versioned.write_text(actual)
        elif versioned.exists():
            versioned.unlink()
    return _serving(case, major)


def _expect_version_error(case: Path, dsn: str, major: int) -> None:
    needs, feature = MIN_MAJOR[case.name]
    try:
        _prepare(case, dsn)
    except psycopg.Error as exc:
        pytest.skip(f"before.sql uses {feature} (PostgreSQL {needs} or later; the server is {major}): "
                    f"{str(exc).splitlines()[0]}")
    with pytest.raises(SpecSQLError) as raised:
        plan_for(case / "schema.yaml", dsn)
    message = str(raised.value)
    assert f"{feature} needs PostgreSQL {needs} or later" in message, message
    assert "schema.yaml:" in message, message


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(case: Path, make_db) -> None:
    dsn = make_db()
    major = _server_major(dsn)
    if major < MIN_MAJOR.get(case.name, (0, ""))[0]:
        _expect_version_error(case, dsn, major)
        return
    _prepare(case, dsn)
    result = plan_for(case / "schema.yaml", dsn)
    expected_file = _expected_file(case, major, result.plan.sql())
    assert expected_file.exists(), f"{case.name}: no expected.sql"
    assert result.plan.sql() == expected_file.read_text(), f"{case.name}: plan differs from {expected_file.name}"
    apply_and_replan(result, dsn)

    scripted = make_db()
    _prepare(case, scripted)
    check_script_twice(plan_for(case / "schema.yaml", scripted), scripted)


def test_at_least_thirty_cases() -> None:
    assert len(CASE_DIRS) >= 30


def test_versioned_expected_files_serve_older_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGDECL_UPDATE_EXPECTED", raising=False)
    for name in ("expected.sql", "expected.pg16.sql", "expected.pg14.sql"):
        (tmp_path / name).write_text(name)
    served = {major: _expected_file(tmp_path, major, "").name for major in range(14, 19)}
    assert served == {14: "expected.pg14.sql", 15: "expected.pg16.sql", 16: "expected.pg16.sql",
                      17: "expected.sql", 18: "expected.sql"}
    monkeypatch.setenv("PGDECL_UPDATE_EXPECTED", "1")
    assert _expected_file(tmp_path, 15, "expected.pg16.sql").name == "expected.pg16.sql"   # same: no pg15 file
    assert not (tmp_path / "expected.pg15.sql").exists()
    assert _expected_file(tmp_path, 14, "expected.pg16.sql").name == "expected.pg16.sql"   # pg14 now redundant
    assert not (tmp_path / "expected.pg14.sql").exists()
    assert _expected_file(tmp_path, 17, "other").read_text() == "other"
