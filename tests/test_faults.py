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


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache of this test's own: fresh test servers repeat transaction ids, so live-catalog
    entries of an earlier session could match (see the report of issue 13)."""
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))


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


# --- 5. dollar-quote tags never occur in the text they quote -------------------------------

DOLLARS_SPEC = r"""
version: 1
schemas:
  public:
    functions:
      tricky(t text):
        returns: text
        language: plpgsql
        body: |
          BEGIN
            -- $pgdecl$ $body$ $$ $pgdecl_$ x$body
            RETURN t || '$pgdecl$' || '$body$' || '$$' || 'x$body';
          END
      plain(t text):
        returns: text
        language: sql
        body: SELECT t || '$pgdecl$$body$$$' --$body
    tables:
      notes:
        comment: "a $pgdecl$ comment with $$ and $body$"
        columns:
          id: bigint primary key
          note: {type: text, comment: "$pgdecl$ column $$"}
        constraints:
          no_tags: {check: "note <> '$pgdecl$' AND note <> '$$' AND note <> 'x$pgdecl'"}
        row_level_security: true
        policies:
          not_tagged: {for: select, using: "note <> '$pgdecl$' AND note <> '$$'"}
          not_tagged_2: {for: insert, with_check: "note <> '$pgdecl_$' || '$body$'"}
"""


def test_dollar_tags_absent_from_the_quoted_text(tmp_path: Path, make_db) -> None:
    from harness import apply_and_replan, check_script_twice, plan_for

    spec = tmp_path / "schema.yaml"
    spec.write_text(DOLLARS_SPEC)
    applied = make_db()
    result = plan_for(spec, applied)
    assert "$pgdecl$" in result.plan.sql()
    apply_and_replan(result, applied)
    with psycopg.connect(applied) as conn:
        got = conn.execute("SELECT public.tricky('a'), public.plain('b')").fetchone()
    assert got == ("a$pgdecl$$body$$$x$body", "b$pgdecl$$body$$$")
    scripted = make_db()
    check_script_twice(plan_for(spec, scripted), scripted)
    # changed in place: the guards compare the catalog's text, which has the tags too
    changed = tmp_path / "changed.yaml"
    changed.write_text(DOLLARS_SPEC.replace("'$$'", "'$pgdecl$$'"))
    result = plan_for(changed, applied)
    assert "$pgdecl$" in result.plan.sql()
    apply_and_replan(result, applied)
    with psycopg.connect(applied) as conn:
        got = conn.execute("SELECT public.tricky('a'), public.plain('b')").fetchone()
    assert got == ("a$pgdecl$$body$$pgdecl$$x$body", "b$pgdecl$$body$$$")
    scripted = make_db()
    check_script_twice(plan_for(changed, scripted), scripted)


# --- 4. endless or hostile spec files: one line, no traceback, at once --------------------

@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "fifo", "bomb", "deep"])
def test_hostile_spec_files_through_the_cli(tmp_path: Path, source: str) -> None:
    path = tmp_path / "schema.yaml"
    if source == "fifo":
        os.mkfifo(path)
    elif source == "bomb":
        path.write_text("version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                        + "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 9)))
    elif source == "deep":
        path.write_text("version: 1\nschemas: " + "[" * 100_000 + "]" * 100_000 + "\n")
    else:
        path = Path(source)
    started = time.monotonic()
    line = _one_line_error(pgdecl("plan", str(path), timeout=60))
    assert time.monotonic() - started < 30
    expected = {"bomb": "aliases expand to more than", "deep": "nested more than 64 levels"}
    assert expected.get(source, "not a regular file") in line, line


# --- 2. no password in any output, however odd the password or broken the URL ------------

PASSWORDS = ["Kq7Zr%zzWm3Pt", "Hv8Lq@Tx5Np:Gd2Rw Yb6Ms", "Jc4Fk'Nv9Qs\"Ld3Wp%", "Bt5Xn%41Rq8Dz/Mw2Kc?Pf6Hs"]


def _urls(password: str) -> dict[str, str]:
    quoted = password.replace("\\", "\\\\").replace("'", "\\'")
    return {"uri": f"postgresql://app:{password}@127.0.0.1:1/appdb",
            "query": f"postgresql://app@127.0.0.1:1/appdb?password={password}",
            "keywords": f"host=127.0.0.1 port=1 dbname=appdb user=app password='{quoted}'"}


def _leaks(password: str, text: str) -> list[str]:
    """The pieces of ``password`` (runs of 4+ letters and digits) that appear in ``text``."""
    import re

    return [piece for piece in re.findall(r"[A-Za-z0-9]{4,}", password) if piece in text]


@pytest.mark.parametrize("form", ["uri", "query", "keywords"])
@pytest.mark.parametrize("password", PASSWORDS)
def test_no_password_in_any_output(tmp_path: Path, password: str, form: str) -> None:
    url = _urls(password)[form]
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    targets = tmp_path / "targets.yaml"
    targets.write_text(f"targets:\n  - {{name: app, spec: {spec}, database_url_env: APP_URL}}\n")
    runs = [
        pgdecl("plan", str(spec), "--database-url", url),
        pgdecl("plan", str(spec), env={"DATABASE_URL": url}),
        pgdecl("-vv", "apply", str(spec), f"--database-url={url}", "--yes"),
        pgdecl("diff", "--from", url, "--to", str(spec)),
        pgdecl("reconcile", str(spec), "--database-url", url),                  # text log and summary
        pgdecl("reconcile", "--targets", str(targets), "--log-format", "json", env={"APP_URL": url}),
    ]
    for result in runs:
        output = result.stdout + result.stderr
        assert result.returncode == 1, (result.args, output)
        assert "Traceback" not in output, output
        assert not _leaks(password, output), (result.args[3:], output)
    assert "***" in runs[0].stderr


# --- 7. a saved plan's flags are derived from its SQL, not trusted --------------------------

GUARD_WITH_SIDE_EFFECT = ("DO $pgdecl$ BEGIN\n  IF pg_catalog.pg_terminate_backend(0) IS NULL THEN\n"
                          "    EXECUTE 'CREATE INDEX IF NOT EXISTS i ON public.deals (id)';\n  END IF;\nEND $pgdecl$")
EDITS = {
    # (sql of the first step, what the refusal says, what allows it: None when nothing does)
    "drop-table": (["DROP TABLE public.deals"], "data_loss", "--allow-destructive"),
    "drop-column": (["ALTER TABLE public.deals DROP COLUMN tags"], "data_loss", "--allow-destructive"),
    "grant-public": (["GRANT ALL ON TABLE public.deals TO PUBLIC"], "security", "--allow-hazards=security"),
    "disable-rls": (["ALTER TABLE public.deals DISABLE ROW LEVEL SECURITY"], "security", "--allow-hazards=security"),
    "second-statement": (["CREATE TABLE IF NOT EXISTS public.notes (id bigint); DROP TABLE public.deals"],
                         "2 statements where pgdecl writes one", None),
    "delete": (["DELETE FROM public.deals"], "a DeleteStmt statement, which pgdecl never writes", None),
    "truncate": (["TRUNCATE public.deals"], "a TruncateStmt statement", None),
    "guard-side-effect": ([GUARD_WITH_SIDE_EFFECT], "calling pg_catalog.pg_terminate_backend()", None),
    "not-sql": (["DROP TABL public.deals"], "not valid SQL", None),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edited_saved_plan_is_refused(tmp_path: Path, target: str, edit: str) -> None:
    import json

    statements, refusal, flag = EDITS[edit]
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC + "      notes:\n        columns:\n          id: bigint primary key\n")
    saved = tmp_path / "plan.json"
    assert pgdecl("plan", str(spec), "--database-url", target, "--out", str(saved)).returncode == 2
    document = json.loads(saved.read_text())
    step = document["steps"][0]
    step.update(sql=statements, destructive=False, hazards=[], action="create")
    saved.write_text(json.dumps(document))
    check = _unchanged(target)
    line = _one_line_error(pgdecl("apply", str(saved), "--database-url", target, "--yes"))
    assert refusal in line, line
    check()
    if flag is None:
        assert "the file was edited" in line, line
        line = _one_line_error(pgdecl("apply", str(saved), "--database-url", target, "--yes",
                                      "--allow-destructive", "--allow-hazards=security"))
        assert "the file was edited" in line, line
        check()
    else:
        assert flag.replace("=", " ") in line, line


def test_an_unedited_saved_plan_with_replacements_applies(tmp_path: Path, target: str) -> None:
    """Drops that the plan recreates (an index replaced) need no flag; re-plan is empty."""
    run_sql(target, "CREATE INDEX idx_deals_tags ON public.deals (tags)")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC + "        indexes:\n          idx_deals_tags: {using: gin, columns: [tags]}\n"
                    "        grants:\n          public: [select]\n")
    saved = tmp_path / "plan.json"
    assert pgdecl("plan", str(spec), "--database-url", target, "--out", str(saved)).returncode == 2
    applied = pgdecl("apply", str(saved), "--database-url", target, "--yes", "--allow-hazards", "security")
    assert applied.returncode == 0, applied.stderr
    assert pgdecl("plan", str(spec), "--database-url", target).returncode == 0
