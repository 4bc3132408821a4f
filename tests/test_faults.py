"""Faults found as an attacker would (issue 13 point 5): each through the real CLI on a real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import snapshot

SPEC = """\
version: 1
schemas:
  public:
    tables:
      deals:
        columns:
          id: {type: bigint, primary_key: true}
          tags: text[] not null default '{}'
"""


def pgdecl(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


def _unchanged(dsn: str):
    before = snapshot(dsn, ("public",))

    def check() -> None:
        assert snapshot(dsn, ("public",)) == before, "the database changed"
    return check


@pytest.fixture
def target(db: str) -> str:
    run_sql(db, "CREATE TABLE public.deals (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}');"
                "INSERT INTO public.deals VALUES (1, '{a}')")
    return db


class _LockHolder:
    """Another session holding a table lock until released."""

    def __init__(self, dsn: str, table: str, mode: str) -> None:
        self.locked, self.release = threading.Event(), threading.Event()

        def hold() -> None:
            with psycopg.connect(dsn) as conn:
                conn.execute(f"LOCK TABLE {table} IN {mode} MODE")
                self.locked.set()
                self.release.wait(120)

        self.thread = threading.Thread(target=hold)

    def __enter__(self) -> _LockHolder:
        self.thread.start()
        assert self.locked.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.thread.join()


# --- 3. every catalog read of apply honours --lock-timeout ----------------------------------

# an index on the locked table (its size is measured when planning) or a new table (the
# locked one is read only for the fingerprint under the advisory lock)
INDEX = "        indexes:\n          idx_deals_tags: {using: gin, columns: [tags]}\n"
NEW_TABLE = "      notes:\n        columns:\n          id: bigint primary key\n"


@pytest.mark.parametrize("change", [INDEX, NEW_TABLE], ids=["index", "new-table"])
@pytest.mark.parametrize("saved", [False, True], ids=["spec", "saved-plan"])
def test_apply_catalog_reads_honour_lock_timeout(tmp_path: Path, target: str, saved: bool, change: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC + change)
    env = {"PGDECL_CACHE_DIR": str(tmp_path / "cache")}
    plan_file = tmp_path / "plan.json"
    # a first plan: the saved plan, and the live catalog cached (the spec apply then reads
    # the catalog only under the advisory lock, for the fingerprint)
    assert pgdecl("plan", str(spec), "--database-url", target, "--out", str(plan_file), env=env).returncode == 2
    check = _unchanged(target)
    with _LockHolder(target, "public.deals", "ACCESS EXCLUSIVE"):
        started = time.monotonic()
        line = _one_line_error(pgdecl("apply", str(plan_file if saved else spec), "--database-url", target,
                                      "--yes", "--lock-timeout", "2s", "--lock-retries", "0", env=env))
        elapsed = time.monotonic() - started
    assert elapsed < 8, f"apply waited {elapsed:.1f}s behind the lock"
    assert "lock timeout" in line and "public.deals" in line, line
    check()
