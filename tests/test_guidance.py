"""Guidance: the embedded-database notice, rename hints, unknown types at their column's line,
apply's help, progress of index builds, and what Ctrl-C during apply left behind."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from rich.console import Console

from conftest import run_sql
from harness import plan_for
from pgdecl.apply import ApplyOptions, apply_plan
from pgdecl.progress import ApplyProgress


def pgdecl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=300,
                          env=environment)


def _spec(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    return path


def test_plan_with_a_url_does_not_mention_the_embedded_database(tmp_path: Path, db: str) -> None:
    # without a URL: tests/test_cli_errors.py::test_plan_without_a_url_uses_the_embedded_server
    spec = _spec(tmp_path, "version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
                           "          id: int\n")
    with_url = pgdecl("plan", str(spec), "--database-url", db)
    assert with_url.returncode == 2 and with_url.stderr == "", with_url.stderr


def test_drop_and_add_of_a_column_of_the_same_type_suggests_renamed_from(tmp_path: Path, db: str) -> None:
    run_sql(db, "CREATE TABLE public.t (id int PRIMARY KEY, title text, n int)")
    spec = _spec(tmp_path, "version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
                           "          id: {type: int, primary_key: true}\n          headline: text\n          m: bigint\n")
    result = pgdecl("plan", str(spec), "--database-url", db, "--format", "summary")
    assert result.returncode == 2, result.stderr
    assert ("pgdecl: hint: public.t: column title is dropped and headline (text) added; if title was renamed, "
            "write `renamed_from: title` on column headline to keep its data") in result.stderr
    assert "column n is dropped" not in result.stderr           # int -> bigint: not the same type


def test_unknown_type_points_at_the_column_line_with_did_you_mean(tmp_path: Path, db: str) -> None:
    spec = _spec(tmp_path, "version: 1\nschemas:\n  public:\n    tables:\n      deals:\n        columns:\n"
                           "          id: {type: bigint, primary_key: true}\n          title: txt not null\n")
    result = pgdecl("plan", str(spec), "--database-url", db)
    assert result.returncode == 1
    assert f'{spec}:8:11: column title of table public.deals: type "txt" does not exist; did you mean "text"?' \
        in result.stderr, result.stderr


def test_a_missing_collation_is_reported_not_what_waits_for_its_table(tmp_path: Path, db: str) -> None:
    # musicbrainz (tests/corpus): a function returning a table's rows comes first in the spec,
    # and the table uses a collation the spec does not have: the error names the collation
    spec = _spec(tmp_path, "version: 1\nschemas:\n  public:\n    functions:\n      rows_of():\n"
                           "        returns: setof public.t\n        language: sql\n"
                           "        body: SELECT * FROM public.t\n"
                           "    tables:\n      t:\n        columns:\n          name: text collate public.nowhere\n")
    result = pgdecl("plan", str(spec), "--database-url", db)
    assert result.returncode == 1
    assert 'table public.t: collation "public.nowhere" for encoding' in result.stderr, result.stderr


def test_apply_help_describes_apply() -> None:
    text = " ".join(pgdecl("apply", "--help").stdout.split())
    assert "Change the database to match SPEC" in text and "plans again and fails unless nothing is left" in text
    assert "plan against an empty embedded" not in text


def test_index_builds_show_progress_with_elapsed_time_on_a_terminal(tmp_path: Path, db: str) -> None:
    run_sql(db, "CREATE TABLE public.t (id int PRIMARY KEY, tags text[]); "
                "INSERT INTO public.t SELECT g, ARRAY['a'] FROM generate_series(1, 1000) g")
    spec = _spec(tmp_path, "version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
                           "          id: {type: int, primary_key: true}\n          tags: text[]\n"
                           "        indexes:\n          t_tags: {using: gin, columns: [tags]}\n")
    result = plan_for(spec, db)
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with ApplyProgress(result.plan, console) as progress:
        apply_plan(result.plan, db, ApplyOptions())
    assert progress.current is not None and progress.interrupted() == "rolled back; nothing changed"
    shown = screen.getvalue()
    assert "create index public.t_tags" in shown and "0:00:0" in shown, shown
    quiet = io.StringIO()
    with ApplyProgress(plan_for(spec, db).plan, Console(file=quiet, force_terminal=False)):
        pass
    assert quiet.getvalue() == ""                                     # not a terminal: nothing drawn


def _wait_for_lock_wait(dsn: str, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    with psycopg.connect(dsn, autocommit=True) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                   "AND query ILIKE %s", [f"%{what}%"]).fetchone()[0]
            if waiting:
                return
            time.sleep(0.1)
    raise AssertionError(f"no session waiting on a lock for {what!r}")


def _interrupt_apply(spec: Path, db: str, *extra: str, waiting_for: str) -> subprocess.CompletedProcess:
    process = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "apply", str(spec), "--database-url", db,
                                "--yes", "--lock-timeout", "120s", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        _wait_for_lock_wait(db, waiting_for)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


INDEX_SPEC = ("version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
              "          id: {type: int, primary_key: true}\n          tags: text[]\n"
              "        indexes:\n          t_tags: {using: gin, columns: [tags]}\n")


def test_ctrl_c_in_the_transaction_says_rolled_back(tmp_path: Path, db: str) -> None:
    run_sql(db, "CREATE TABLE public.t (id int PRIMARY KEY, tags text[])")
    spec = _spec(tmp_path, INDEX_SPEC)
    with psycopg.connect(db) as blocker:
        blocker.execute("INSERT INTO public.t VALUES (1, ARRAY['a'])")   # open: CREATE INDEX (SHARE) waits for it
        result = _interrupt_apply(spec, db, waiting_for="CREATE INDEX")
        blocker.rollback()
    assert result.returncode == 130, result.stderr
    assert "pgdecl: interrupted (SIGINT): rolled back; nothing changed" in result.stderr, result.stderr
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT to_regclass('public.t_tags')").fetchone() == (None,)


def test_ctrl_c_during_a_concurrent_build_says_the_index_is_left_invalid(tmp_path: Path, db: str) -> None:
    run_sql(db, "CREATE TABLE public.t (id int PRIMARY KEY, tags text[])")
    spec = _spec(tmp_path, INDEX_SPEC)
    with psycopg.connect(db) as writer:
        writer.execute("INSERT INTO public.t VALUES (1, ARRAY['a'])")    # open: the concurrent build waits for it
        result = _interrupt_apply(spec, db, "--online", waiting_for="CREATE INDEX CONCURRENTLY")
        writer.commit()
    assert result.returncode == 130, result.stderr
    assert "index public.t_tags left INVALID; the next apply rebuilds it" in result.stderr, result.stderr
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_tags'::regclass"
                            ).fetchone() == (False,)
    again = pgdecl("apply", str(spec), "--database-url", db, "--yes", "--online")
    assert again.returncode == 0, again.stderr
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_tags'::regclass"
                            ).fetchone() == (True,)
