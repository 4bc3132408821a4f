"""Safe apply on a real PostgreSQL: faults at every step leave nothing half-applied,
one applier at a time, lock timeouts and retries, hazard guards, odd identifiers.

The fault tests run ``pgdecl apply`` as a process of its own (forked from a server that
has pgdecl imported, ``harness.start_cli``, so 26 of them fit in seconds; the other tests
run ``python -m pgdecl.cli``) and stop it with the test hook of
pgdecl/apply.py (``PGDECL_TEST_PAUSE_AFTER_STEP=N``: after step N it prints
``PGDECL-TEST-PAUSED-AFTER-STEP N`` on stderr and sleeps), then SIGKILL the process or
terminate its backend with ``pg_terminate_backend``. Every copy of the database comes
from one prepared template (``CREATE DATABASE … TEMPLATE``), so the file stays fast.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from conftest import create_database, drop_database, run_sql
from harness import check_script_twice, plan_for, snapshot, start_cli
from pgdecl.apply import PAUSE_ENV, PAUSE_MARKER, PAUSE_SECONDS_ENV, PAUSE_WHILE_ENV
from pgdecl.dsn import with_database
from pgdecl.engine import make_plan
from pgdecl.online import OnlinePolicy
from pgdecl.plan import Step
from pgdecl.spec import load_spec

SCHEMAS = ("public",)

BEFORE = """
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO public.accounts SELECT g, 'account ' || g FROM generate_series(1, 200) g;
"""

# 18 steps against BEFORE: columns, tables, a check, foreign keys, indexes, RLS, policies, a view
SPEC = """\
version: 1
schemas:
  public:
    tables:
      accounts:
        columns:
          id: bigint primary key
          owner: text not null default current_user
          name: text not null
          tags: text[] not null default '{}'
          score: integer not null default 0
        constraints:
          score_positive: {check: score >= 0}
        indexes:
          idx_accounts_owner: {columns: [owner]}
          idx_accounts_tags: {using: gin, columns: [tags]}
        row_level_security: true
        policies:
          own_accounts: {for: all, using: owner = current_user}
      contacts:
        columns:
          id: bigint primary key
          account_id: {type: bigint, not_null: true, references: {table: accounts, on_delete: cascade}}
          email: text not null
          phone: text
        indexes:
          idx_contacts_account: {columns: [account_id]}
          idx_contacts_email: {columns: [email], unique: true}
        row_level_security: true
        policies:
          contacts_of_own_accounts: {for: select, using: "account_id IN (SELECT id FROM public.accounts)"}
      notes:
        columns:
          id: bigint primary key
          account_id: {type: bigint, references: accounts}
          body: text
        indexes:
          idx_notes_account: {columns: [account_id]}
    views:
      account_summary:
        security_invoker: true
        query: >-
          SELECT a.id, a.name, count(c.id) AS contacts
          FROM public.accounts a LEFT JOIN public.contacts c ON c.account_id = a.id GROUP BY a.id, a.name
"""


def pgdecl_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "pgdecl.cli", *args]


def pgdecl(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(pgdecl_args(*args), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def error_line(result: subprocess.CompletedProcess) -> str:
    """The one line of a clean failure (exit 1, no traceback)."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("pgdecl: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- a prepared template and cheap copies of it ---

@dataclass
class Template:
    server_dsn: str
    name: str
    spec: Path

    def copy(self) -> str:
        name = f"pgdecl_f_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(self.name)))
        return name

    def dsn(self, name: str) -> str:
        return with_database(self.server_dsn, name)


@pytest.fixture(scope="module")
def template(server_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    name = create_database(server_dsn, "tmpl")
    spec = tmp_path_factory.mktemp("safety") / "schema.yaml"
    spec.write_text(SPEC)
    dsn = with_database(server_dsn, name)
    run_sql(dsn, BEFORE)
    # warm the desired-state cache once, so every faulted process only reads and applies
    first = pgdecl("plan", str(spec), "--database-url", dsn)
    assert first.returncode == 2, first.stderr
    try:
        yield Template(server_dsn, name, spec)
    finally:
        drop_database(server_dsn, name)


def _backends(server_dsn: str, database: str) -> list[int]:
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        rows = conn.execute("SELECT pid FROM pg_catalog.pg_stat_activity WHERE datname = %s "
                            "AND pid <> pg_catalog.pg_backend_pid()", [database]).fetchall()
    return [pid for pid, in rows]


def _wait_no_backends(server_dsn: str, database: str, timeout: float = 15) -> None:
    """A killed client's backend notices the closed socket and rolls back; wait for it to go."""
    deadline = time.monotonic() + timeout
    while _backends(server_dsn, database):
        assert time.monotonic() < deadline, f"backends of {database} still alive after {timeout}s"
        time.sleep(0.05)


def _start_paused(args: list[str], step: int, hold: Path | None = None) -> subprocess.Popen:
    """Start pgdecl and return once it reports the pause after ``step``; it goes on once
    ``hold`` is deleted (without ``hold``: never, it is meant to be killed)."""
    env = {**os.environ, PAUSE_ENV: str(step), PAUSE_SECONDS_ENV: "120"}
    if hold is not None:
        hold.touch()
        env[PAUSE_WHILE_ENV] = str(hold)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(90, proc.kill)
    watchdog.start()
    try:
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:
            seen.append(line)
            if line.startswith(PAUSE_MARKER):
                assert line.split()[-1] == str(step), line
                return proc
        out, _ = proc.communicate()
        raise AssertionError(f"pgdecl never paused after step {step} (exit {proc.returncode}):\n{out}{''.join(seen)}")
    finally:
        watchdog.cancel()


def _start_forked(argv: list[str], step: int, output: Path, hold: Path | None = None):
    """Like ``_start_paused``, for a pgdecl process forked from a server with pgdecl imported
    (``harness.start_cli``): same code, same separate process, no second of start-up."""
    env = {PAUSE_ENV: str(step), PAUSE_SECONDS_ENV: "120"}
    if hold is not None:
        hold.touch()
        env[PAUSE_WHILE_ENV] = str(hold)
    proc = start_cli(argv, env, output)
    deadline = time.monotonic() + 90
    while True:
        text = output.read_text() if output.exists() else ""
        if f"{PAUSE_MARKER} {step}\n" in text:
            return proc
        if not proc.is_alive() or time.monotonic() > deadline:
            proc.kill()
            proc.join()
            raise AssertionError(f"pgdecl never paused after step {step} (exit {proc.exitcode}):\n{text}")
        time.sleep(0.02)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _apply_args(template: Template, dsn: str, *extra: str) -> list[str]:
    return pgdecl_args("apply", str(template.spec), "--database-url", dsn, "--yes", *extra)


def _plan_steps(template: Template, dsn: str, *, online: bool = False) -> list[Step]:
    """The plan's steps, computed in this process (the desired state comes from the cache)."""
    return make_plan(load_spec(template.spec), dsn, online=OnlinePolicy(always=online)).plan.steps


@dataclass
class Fault:
    kind: str          # sigkill | terminate, of a plain or an --online apply (…-online)
    step: int


def _inject(template: Template, fault: Fault, unchanged) -> str:
    """Run one fault on a fresh copy; returns a description of what went wrong ('' when all is well)."""
    name = template.copy()
    dsn = template.dsn(name)
    try:
        online = fault.kind.endswith("-online")
        argv = _apply_args(template, dsn, *(["--online"] if online else []))[3:]
        output = template.spec.parent / f"out-{name}"
        if fault.kind.startswith("terminate"):
            hold = template.spec.parent / f"hold-{name}"
            proc = _start_forked(argv, fault.step, output, hold)
            with psycopg.connect(template.server_dsn, autocommit=True) as conn:
                idle = conn.execute("SELECT pid FROM pg_catalog.pg_stat_activity WHERE datname = %s "
                                    "AND state = 'idle in transaction'", [name]).fetchall()
                for pid, in idle or conn.execute("SELECT pid FROM pg_catalog.pg_stat_activity WHERE datname = %s",
                                                 [name]).fetchall():
                    conn.execute("SELECT pg_catalog.pg_terminate_backend(%s)", [pid])
            hold.unlink()           # the client goes on, and finds its connection gone
            proc.join(60)
            err = output.read_text()
            if proc.exitcode != 1 or "Traceback" in err or "pgdecl: error:" not in err:
                return f"{fault}: expected one clean error, got exit {proc.exitcode}: {err}"
        else:
            proc = _start_forked(argv, fault.step, output)
            os.kill(proc.pid, signal.SIGKILL)
            proc.join(30)
            # 255: multiprocessing's fork server did not report the status (rare under load);
            # what matters is that the process is gone, then the database state is checked
            if proc.exitcode != -signal.SIGKILL and not (proc.exitcode == 255 and not _alive(proc.pid)):
                return f"{fault}: not killed: exit {proc.exitcode}"
        _wait_no_backends(template.server_dsn, name)
        if online:
            # the transaction committed before the online steps: finishing means converging
            again = start_cli(_apply_args(template, dsn, "--online")[3:], {}, output)
            again.join(120)
            if again.exitcode != 0:
                return f"{fault}: re-run failed: {output.read_text()}"
            left = _plan_steps(template, dsn, online=True)
            return f"{fault}: re-plan not empty: {[s.op.describe() for s in left]}" if left else ""
        if snapshot(dsn, SCHEMAS) != unchanged:
            return f"{fault}: half-applied: the database changed"
        with psycopg.connect(dsn) as conn:
            rows = conn.execute("SELECT count(*) FROM public.accounts").fetchone()[0]  # type: ignore[index]
        return "" if rows == 200 else f"{fault}: {rows} rows in accounts"
    finally:
        drop_database(template.server_dsn, name)


def test_faults_at_every_step_boundary_leave_nothing_half_applied(template: Template) -> None:
    probe = template.copy()
    try:
        steps = _plan_steps(template, template.dsn(probe))
        online_steps = _plan_steps(template, template.dsn(probe), online=True)
    finally:
        drop_database(template.server_dsn, probe)
    assert len(steps) >= 10 and all(s.transactional for s in steps), [s.op.describe() for s in steps]
    after_commit = [n for n, s in enumerate(online_steps, start=1) if not s.transactional]
    # with --online: CREATE INDEX CONCURRENTLY ×2 on accounts, VALIDATE of the check
    assert len(after_commit) >= 3, [s.op.describe() for s in online_steps]
    last_transactional = after_commit[0] - 1

    faults = [Fault("sigkill", n) for n in range(1, len(steps) + 1)]
    faults += [Fault("terminate", n) for n in (1, len(steps) // 2, len(steps))]
    faults += [Fault("sigkill-online", n) for n in (last_transactional, *after_commit)]
    faults += [Fault("terminate-online", after_commit[0])]          # the next online step loses its connection
    assert len(faults) >= 20

    unchanged = snapshot(template.dsn(template.name), SCHEMAS)
    with ThreadPoolExecutor(max_workers=4) as pool:
        problems = [p for p in pool.map(lambda f: _inject(template, f, unchanged), faults) if p]
    assert not problems, f"{len(problems)} of {len(faults)} faults left a bad state:\n" + "\n".join(problems)



# --- one applier at a time ---

@pytest.mark.parametrize("where", ["in-transaction", "online-step"])
def test_second_apply_is_refused_or_waits_for_the_advisory_lock(template: Template, where: str,
                                                                tmp_path: Path) -> None:
    """The first applier is paused inside its transaction (tables locked) or after it (building indexes)."""
    name = template.copy()
    dsn = template.dsn(name)
    online = ["--online"] if where == "online-step" else []
    try:
        steps = _plan_steps(template, dsn, online=bool(online))
        pause_at = next(n for n, s in enumerate(steps, start=1) if not s.transactional) if online else 3
        hold = tmp_path / "hold"
        first = _start_paused(_apply_args(template, dsn, *online), pause_at, hold)
        # fails fast and clearly: it does not block on the tables the first one locked
        refused = pgdecl(*_apply_args(template, dsn, *online, "--lock-timeout", "60s")[3:])
        line = error_line(refused)
        assert "another pgdecl apply is running" in line and "--wait" in line, line
        waiter = subprocess.Popen(_apply_args(template, dsn, *online, "--wait", "60", "--lock-timeout", "1s"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert waiter.poll() is None, waiter.communicate()       # waiting for the advisory lock
        hold.unlink()
        out, err = first.communicate(timeout=60)
        assert first.returncode == 0, err
        out2, err2 = waiter.communicate(timeout=60)
        assert waiter.returncode == 0, err2
        assert f"Applied {len(steps)} step(s)" in out, out
        assert "No changes" in out2, out2          # it planned once the first was done
        assert _plan_steps(template, dsn, online=bool(online)) == []
    finally:
        drop_database(template.server_dsn, name)


def test_two_simultaneous_applies_exactly_one_applies(template: Template) -> None:
    name = template.copy()
    dsn = template.dsn(name)
    try:
        args = _apply_args(template, dsn, "--wait", "60")
        procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
        assert [code for _, _, code in results] == [0, 0], results
        applied = [out for out, _, _ in results if "Applied" in out]
        assert len(applied) == 1, results
        assert _plan_steps(template, dsn) == []
    finally:
        drop_database(template.server_dsn, name)


# --- lock timeouts and retries (the plain timeout is in test_cli_errors.py) ---

def _hold_lock(dsn: str, table: str, mode: str, seconds: float) -> tuple[threading.Thread, threading.Event]:
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        with psycopg.connect(dsn) as conn:
            conn.execute(f"LOCK TABLE {table} IN {mode} MODE")
            locked.set()
            release.wait(seconds)

    holder = threading.Thread(target=hold)
    holder.start()
    assert locked.wait(10)
    return holder, release


def test_lock_retries_succeed_when_the_lock_is_released_in_time(template: Template) -> None:
    name = template.copy()
    dsn = template.dsn(name)
    try:
        # a long transaction holding ROW EXCLUSIVE: reading the catalog works, ALTER TABLE must wait;
        # it ends once apply has timed out once (apply then retries after its backoff)
        holder, release = _hold_lock(dsn, "public.accounts", "ROW EXCLUSIVE", seconds=60)
        try:
            proc = subprocess.Popen(pgdecl_args("-v", *_apply_args(template, dsn, "--lock-timeout", "200ms",
                                                                   "--lock-retries", "3")[3:]),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            assert proc.stderr is not None
            log = []
            for line in proc.stderr:
                log.append(line)
                if "retrying in" in line:
                    release.set()
            proc.wait(timeout=60)
        finally:
            release.set()
            holder.join()
        stderr = "".join(log)
        assert proc.returncode == 0, stderr
        assert "lock timeout on table public.accounts" in stderr and "3 retries left" in stderr, stderr
        assert "2 retries left" not in stderr, stderr         # one retry was enough
        assert _plan_steps(template, dsn) == []
    finally:
        drop_database(template.server_dsn, name)


def test_lock_retries_give_up_naming_the_table_and_change_nothing(template: Template) -> None:
    name = template.copy()
    dsn = template.dsn(name)
    try:
        before = snapshot(dsn, SCHEMAS)
        holder, release = _hold_lock(dsn, "public.accounts", "ROW EXCLUSIVE", seconds=60)
        try:
            started = time.monotonic()
            failed = pgdecl(*_apply_args(template, dsn, "--lock-timeout", "200ms", "--lock-retries", "1")[3:])
            assert time.monotonic() - started < 30
        finally:
            release.set()
            holder.join()
        line = error_line(failed)
        assert "lock timeout on table public.accounts" in line and "gave up after 2 attempts" in line, line
        assert "nothing was changed" in line, line
        assert snapshot(dsn, SCHEMAS) == before
    finally:
        drop_database(template.server_dsn, name)


# --- hazard guards ---

GUARDED_BEFORE = """
CREATE TABLE public.docs (id bigint PRIMARY KEY, owner text NOT NULL, legacy text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.docs USING (owner = current_user);
CREATE VIEW public.doc_list WITH (security_invoker = true) AS SELECT id, owner FROM public.docs;
INSERT INTO public.docs VALUES (1, 'alice', 'x');
"""

GUARDED_SPEC = """\
version: 1
schemas:
  public:
    tables:
      docs:
        columns:
          id: bigint primary key
          owner: text not null
        row_level_security: false
        policies:
          docs_owner: {for: all, using: owner = current_user}
    views:
      doc_list:
        query: SELECT id, owner FROM public.docs
"""


def test_data_loss_and_security_steps_need_their_flags(db: str, tmp_path: Path) -> None:
    run_sql(db, GUARDED_BEFORE)
    spec = tmp_path / "schema.yaml"
    spec.write_text(GUARDED_SPEC)
    before = snapshot(db, SCHEMAS)
    base = ("apply", str(spec), "--database-url", db, "--yes")

    line = error_line(pgdecl(*base))
    assert "--allow-destructive" in line and "--allow-hazards security" in line, line
    assert "drop column legacy" in line and "row level security disabled" in line and "security_invoker removed" in line, line
    line = error_line(pgdecl(*base, "--allow-hazards", "security"))
    assert "--allow-destructive" in line and "--allow-hazards security" not in line, line
    line = error_line(pgdecl(*base, "--allow-destructive"))
    assert "--allow-hazards security" in line and "drop column" not in line, line
    assert snapshot(db, SCHEMAS) == before, "a refused apply changed the database"

    done = pgdecl(*base, "--allow-destructive", "--allow-hazards", "security")
    assert done.returncode == 0, done.stderr
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT relrowsecurity FROM pg_class WHERE oid = 'public.docs'::regclass").fetchone() == (False,)
        assert conn.execute("SELECT reloptions FROM pg_class WHERE oid = 'public.doc_list'::regclass").fetchone() == (None,)


# --- identifiers that need quoting ---

ODD_BEFORE = '''
CREATE SCHEMA "Sales Ünï";
CREATE TABLE "Sales Ünï"."Deals ""2024""" ("Id" bigint PRIMARY KEY, "Stage Name" text);
'''

ODD_SPEC = '''\
version: 1
schemas:
  Sales Ünï:
    tables:
      'Deals "2024"':
        columns:
          Id: bigint primary key
          Stage Name: text not null default 'Lead'
          ünïcode: text[] not null default '{}'
          Owner Name: text
        indexes:
          'Deals "2024" by ünïcode': {using: gin, columns: [ünïcode]}
        row_level_security: true
        policies:
          'Own "Deals"': {for: select, using: '"Owner Name" = current_user'}
    views:
      Deals View:
        security_invoker: true
        query: 'SELECT "Id", "Stage Name", "ünïcode" FROM "Sales Ünï"."Deals ""2024"""'
'''


def test_quoted_upper_case_and_unicode_identifiers(make_db, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(ODD_SPEC)
    applied, scripted = make_db(), make_db()
    for dsn in (applied, scripted):
        run_sql(dsn, ODD_BEFORE)
    done = pgdecl("apply", str(spec), "--database-url", applied, "--yes")
    assert done.returncode == 0, done.stderr
    assert pgdecl("plan", str(spec), "--database-url", applied).returncode == 0
    with psycopg.connect(applied) as conn:
        names = conn.execute("""SELECT array_agg(relname ORDER BY relname) FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE nspname = 'Sales Ünï'""").fetchone()[0]  # type: ignore[index]
    assert {'Deals "2024"', 'Deals "2024" by ünïcode', "Deals View"} <= set(names), names
    check_script_twice(plan_for(spec, scripted), scripted)
