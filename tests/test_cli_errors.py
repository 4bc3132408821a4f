"""Bad input gets one clear message, exit 1, and a database left exactly as it was."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import snapshot

SIMPLE = """\
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
                          timeout=timeout, env=env)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def target(db: str) -> str:
    run_sql(db, "CREATE TABLE public.deals (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}');"
                "INSERT INTO public.deals VALUES (1, '{a}')")
    return db


def _unchanged(dsn: str):
    before = snapshot(dsn, ("public",))

    def check() -> None:
        assert snapshot(dsn, ("public",)) == before, "the database changed"
    return check


def test_invalid_yaml(tmp_path: Path, target: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  public: {tables: [\n")
    check = _unchanged(target)
    line = _one_line_error(pgdecl("apply", str(spec), "--database-url", target, "--yes"))
    assert line.startswith(f"pgdecl: error: {spec}:"), line
    check()


def test_unknown_key_names_file_line_and_suggestion(tmp_path: Path, target: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE.replace("id: {type: bigint", "id: {tpye: bigint"))
    check = _unchanged(target)
    line = _one_line_error(pgdecl("plan", str(spec), "--database-url", target))
    assert f"{spec}:7:" in line and "unknown key 'tpye'" in line and "did you mean 'type'" in line, line
    check()


def test_wrong_type(tmp_path: Path, target: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE + "        row_level_security: yes please\n")
    line = _one_line_error(pgdecl("plan", str(spec), "--database-url", target))
    assert f"{spec}:9:" in line and "row_level_security" in line, line


def test_bad_sql_default_is_reported_against_the_yaml(tmp_path: Path, target: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE + "          score: integer default 'not a number'\n")
    check = _unchanged(target)
    line = _one_line_error(pgdecl("apply", str(spec), "--database-url", target, "--yes"))
    assert f"{spec}:5:" in line or f"{spec}:6:" in line, line        # the table's position
    assert "public.deals" in line and "invalid input syntax for type integer" in line, line
    check()


def test_unreachable_database_masks_password(tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    url = "postgresql://alice:s3cr3t-pass@127.0.0.1:1/nowhere"
    result = pgdecl("plan", str(spec), "--database-url", url)
    line = _one_line_error(result)
    assert "cannot connect" in line and "127.0.0.1" in line, line
    assert "s3cr3t-pass" not in result.stderr + result.stdout


def test_a_spec_error_comes_before_an_unreachable_database(tmp_path: Path) -> None:
    # the target's session is opened on a thread while the spec loads (engine.opening): the
    # spec's error is still the one reported, and the failed connection does not hold the exit
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE.replace("bigint", "bigint, colour: red"))
    result = pgdecl("plan", str(spec), "--database-url", "postgresql://alice:s3cr3t-pass@127.0.0.1:1/nowhere")
    line = _one_line_error(result)
    assert f"{spec}:" in line and "colour" in line and "cannot connect" not in line, line
    assert "s3cr3t-pass" not in result.stderr + result.stdout


def test_the_session_opened_early_is_the_plans_and_none_is_left_open(db: str, server_dsn: str,
                                                                     tmp_path: Path) -> None:
    from pgdecl import api
    from pgdecl.engine import opening

    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    marker = f"pgdecl-opening-{tmp_path.name}"
    target = db + f" application_name={marker}"

    def sessions() -> int:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                                [marker]).fetchone()[0]

    with opening(target):
        loaded = api.load_spec(spec)
        deadline = time.monotonic() + 10
        while sessions() == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sessions() == 1                       # opened while the spec loaded
        planned = api.plan(loaded, target)
        assert sessions() == 0                       # the plan took it, and closed it
    assert "CREATE TABLE IF NOT EXISTS \"public\".\"deals\"" in planned.sql and not planned.is_empty
    with opening(target):                            # not taken: closed when the block ends
        deadline = time.monotonic() + 10
        while sessions() == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
    assert sessions() == 0


def test_missing_spec_file(tmp_path: Path) -> None:
    line = _one_line_error(pgdecl("plan", str(tmp_path / "nope.yaml")))
    assert "no such spec file" in line


@pytest.mark.parametrize("mode", ["ACCESS EXCLUSIVE", "ROW EXCLUSIVE"])   # blocks reading / blocks the step
def test_lock_timeout_names_the_object_and_changes_nothing(tmp_path: Path, target: str, mode: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE + "        indexes:\n          idx_deals_tags: {using: gin, columns: [tags]}\n")
    check = _unchanged(target)
    locked = threading.Event()
    release = threading.Event()

    def hold_lock() -> None:
        with psycopg.connect(target) as conn:
            conn.execute(f"LOCK TABLE public.deals IN {mode} MODE")
            locked.set()
            release.wait(60)

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(10)
        started = time.monotonic()
        line = _one_line_error(pgdecl("apply", str(spec), "--database-url", target, "--yes", "--lock-timeout", "300ms"))
        assert time.monotonic() - started < 60
    finally:
        release.set()
        holder.join()
    assert "lock timeout" in line and "public.deals" in line, line
    check()


def test_destructive_step_refused_without_flag(tmp_path: Path, target: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE.replace("          tags: text[] not null default '{}'\n", ""))
    check = _unchanged(target)
    line = _one_line_error(pgdecl("apply", str(spec), "--database-url", target, "--yes"))
    assert "--allow-destructive" in line and "drop column tags" in line, line
    check()
    done = pgdecl("apply", str(spec), "--database-url", target, "--yes", "--allow-destructive")
    assert done.returncode == 0, done.stderr
    assert pgdecl("plan", str(spec), "--database-url", target).returncode == 0


def test_plan_exit_codes_and_apply(tmp_path: Path, db: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    pending = pgdecl("plan", str(spec), "--database-url", db)
    assert pending.returncode == 2 and "CREATE TABLE public.deals (" in pending.stdout
    applied = pgdecl("apply", str(spec), "--database-url", db, "--yes")
    assert applied.returncode == 0, applied.stderr
    clean = pgdecl("plan", str(spec), "--database-url", db, "--format", "json")
    assert clean.returncode == 0 and '"steps": []' in clean.stdout


def test_saved_plan_refused_after_drift(tmp_path: Path, db: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    saved = tmp_path / "plan.json"
    assert pgdecl("plan", str(spec), "--database-url", db, "--out", str(saved)).returncode == 2
    run_sql(db, "CREATE TABLE public.intruder (id int)")
    line = _one_line_error(pgdecl("apply", str(saved), "--database-url", db, "--yes"))
    assert "changed since this plan was made" in line
    run_sql(db, "DROP TABLE public.intruder")
    ok = pgdecl("apply", str(saved), "--database-url", db, "--yes")
    assert ok.returncode == 0, ok.stderr
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0


def test_statement_timeout_names_the_step_and_changes_nothing(tmp_path: Path, target: str) -> None:
    run_sql(target, "INSERT INTO public.deals SELECT g, ARRAY[g::text, 'x'] FROM generate_series(2, 200000) g")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE + "        indexes:\n          idx_deals_tags: {using: gin, columns: [tags]}\n")
    check = _unchanged(target)
    line = _one_line_error(pgdecl("apply", str(spec), "--database-url", target, "--yes",
                                  "--statement-timeout", "20ms", "--online-threshold", "off"))
    assert "statement timeout" in line and "idx_deals_tags" in line, line
    check()


def test_apply_asks_and_a_no_applies_nothing(tmp_path: Path, db: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    check = _unchanged(db)
    declined = subprocess.run([sys.executable, "-m", "pgdecl.cli", "apply", str(spec), "--database-url", db],
                              input="n\n", capture_output=True, text=True, timeout=120)
    assert declined.returncode == 1, declined.stderr
    assert "Apply these changes?" in declined.stderr and "not applied" in declined.stderr
    check()
    accepted = subprocess.run([sys.executable, "-m", "pgdecl.cli", "apply", str(spec), "--database-url", db],
                              input="y\n", capture_output=True, text=True, timeout=120)
    assert accepted.returncode == 0, accepted.stderr
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0


def test_database_url_from_the_environment(tmp_path: Path, db: str) -> None:
    import os

    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    env = {**os.environ, "DATABASE_URL": db}
    assert pgdecl("apply", str(spec), "--yes", env=env).returncode == 0
    assert pgdecl("plan", str(spec), env=env).returncode == 0
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT to_regclass('public.deals') IS NOT NULL").fetchone()[0]


def test_plan_with_a_shadow_url(tmp_path: Path, db: str, server_dsn: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    pending = pgdecl("plan", str(spec), "--database-url", db, "--shadow-url", server_dsn)
    assert pending.returncode == 2 and "CREATE TABLE public.deals (" in pending.stdout, pending.stderr
    unreachable = _one_line_error(pgdecl("plan", str(spec), "--database-url", db, "--shadow-url",
                                         "postgresql://u:s3cret@127.0.0.1:1/x"))
    assert "s3cret" not in unreachable


def test_plan_without_a_url_uses_the_embedded_server(tmp_path: Path) -> None:
    import os

    spec = tmp_path / "schema.yaml"
    spec.write_text(SIMPLE)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = pgdecl("plan", str(spec), env=env, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "CREATE TABLE public.deals (" in result.stdout
    assert "planning against an empty embedded PostgreSQL" in result.stderr      # says so
