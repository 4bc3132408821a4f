"""Command line: argument parsing and output only."""

from __future__ import annotations

import atexit
import gc
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import NoReturn

import click

from pgdecl.commandline import fail, load_spec_paths, run_or_exit
from pgdecl.dsn import remember

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2

# the shared command-line helpers (pgdecl.commandline), under the names this module uses
_fail = fail
_load = load_spec_paths
_run = run_or_exit


def print_summary(plan, out=None) -> None:
    from pgdecl.summary import print_summary as show

    show(plan, out)


def _emit(plan, fmt: str) -> None:
    if fmt == "json":
        click.echo(plan.dumps())          # objects not managed: the "unmanaged" field
    elif fmt == "summary":
        print_summary(plan)
    else:
        from pgdecl.sqlformat import review_sql, script_sql

        click.echo(script_sql(plan) if fmt == "script" else review_sql(plan), nl=False)
    if fmt != "json" and plan.unmanaged and not (fmt == "summary" and plan.empty):
        click.echo(f"pgdecl: {plan.unmanaged_notice()}", err=True)


class LazyGroup(click.Group):
    """A command group whose sub-commands are imported only when used (fast start-up)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands: dict[str, tuple[str, str]] = {}

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # the passwords of every connection string given, masked in whatever is printed
        # (libpq's errors quote pieces of a URI it cannot parse)
        for arg in args:
            remember(arg)
        remember(os.environ.get("DATABASE_URL"))
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy_commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy_commands and name not in self.commands:
            import importlib

            module_name, attribute = self.lazy_commands[name]
            module = importlib.import_module(module_name)
            command = getattr(module, attribute.removesuffix("()"))
            self.add_command(command() if attribute.endswith("()") else command, name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="Log what pgdecl does (-vv for debug).")
@click.version_option(package_name="pgdecl")
def main(verbose: int) -> None:
    """pgdecl keeps a PostgreSQL database equal to a YAML description of it."""
    context = click.get_current_context()
    if context.obj is OWN_PROCESS and context.invoked_subcommand != "reconcile":
        # a command that runs once, in a process of its own: what it no longer uses is
        # freed as usual (reference counting), and the few reference cycles it leaves
        # (hundreds of objects) go with the process. The cyclic collector would only walk
        # every object of the catalogs again and again as they age through its
        # generations: 0.1 s of a 0.8 s plan at 1,000 tables, 0.4 s at 5,000. A
        # reconciler runs for months, and ``main`` called in another program (tests,
        # click's runner) leaves that program's collector alone.
        gc.disable()
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="pgdecl: %(message)s", stream=sys.stderr)
    # psycopg reports closing a pipeline that an error (a lock timeout, say) aborted; pgdecl
    # reports that error itself, in one line
    logging.getLogger("psycopg").addFilter(_not_pipeline_cleanup)


def _not_pipeline_cleanup(record: logging.LogRecord) -> bool:
    return not (record.levelno < logging.ERROR and str(record.msg).startswith("error ignored terminating"))


database_option = click.option(
    "--database-url", envvar="DATABASE_URL", default=None,
    help="Target database (also $DATABASE_URL). Without it, plan against an empty embedded PostgreSQL.")
shadow_option = click.option(
    "--shadow-url", envvar="PGDECL_SHADOW_URL", default=None,
    help="Server on which to create the scratch database that canonicalizes the spec (also $PGDECL_SHADOW_URL; "
         "default: the target's). A separate throwaway server is the production setting: docs/security.md.")
format_option = click.option(
    "--format", "fmt", type=click.Choice(["sql", "script", "json", "summary"]), default="sql", show_default=True,
    help="sql: plain statements in apply's order, BEGIN … COMMIT around the transactional part (for review and "
         "migrations); script: the guarded, re-runnable form for psql; json: the versioned plan; summary: what changes.")


def online_options(command):
    command = click.option(
        "--online-threshold", default="10MB", show_default=True, metavar="SIZE",
        help="Tables at least this big (pg_total_relation_size; e.g. 500kB, 10MB, 1GB; 'off' = never) get "
             "online changes automatically.")(command)
    return click.option(
        "--online", is_flag=True,
        help="Build and drop indexes CONCURRENTLY and add foreign keys/checks NOT VALID + VALIDATE on every "
             "existing table, whatever its size.")(command)


def _online_policy(online: bool, threshold: str):
    from pgdecl.online import OnlinePolicy, parse_size

    return OnlinePolicy(always=online, threshold_bytes=parse_size(threshold))


@main.command()
@click.argument("spec", nargs=-1, type=click.Path())
@database_option
@shadow_option
@format_option
@click.option("--out", type=click.Path(dir_okay=False), help="Also save the plan as JSON (apply it later with `pgdecl apply FILE`).")
@online_options
@click.option("--migrations", "migrations_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Also write the plan as migration files in DIR (e.g. supabase/migrations): one file for the "
                   "transactional part, a later one for CREATE INDEX CONCURRENTLY and other steps that must run "
                   "outside a transaction. Needs --name.")
@click.option("--name", "migration_name", metavar="NAME", help="Name of the migration files (--migrations).")
@click.option("--migrations-style", type=click.Choice(["timestamp", "numbered"]), default=None,
              help="File names <YYYYMMDDHHMMSS>_NAME.sql (Supabase, dbmate) or <NNNN>_NAME.sql; default: as the "
                   "files already in DIR, else timestamp.")
def plan(spec, database_url, shadow_url, fmt, out, online, online_threshold, migrations_dir, migration_name,
         migrations_style) -> None:
    """Show the change script that makes the database match SPEC (default ./schema.yaml).

    Exit status: 0 no changes, 2 changes pending, 1 error.
    """
    from pgdecl import api

    if migrations_dir and not migration_name:
        _fail("--migrations needs --name NAME (the migration's name, e.g. add_deal_tags_index)")
    _run(lambda: _online_policy(online, online_threshold))          # a bad size: one line, exit 1
    from pgdecl.engine import opening

    with opening(database_url, shadow_url):         # the target's session opens while the spec loads
        loaded = _run(lambda: _load(spec))
        if not database_url:
            click.echo("pgdecl: no --database-url or $DATABASE_URL: planning against an empty embedded PostgreSQL "
                       "(the plan creates everything)", err=True)
        planned = _run(lambda: _explained(loaded, lambda: api.plan(loaded, database_url, shadow_url=shadow_url,
                                                                   online=online,
                                                                   online_threshold=online_threshold)))
    _emit(planned.result.plan, fmt)
    _hints(planned.result.plan)
    if out:
        Path(out).write_text(_saved_plan(planned.result), encoding="utf-8")
    if migrations_dir:
        _run(lambda: _write_migrations(planned.result.plan, Path(migrations_dir), migration_name, migrations_style))
    sys.exit(EXIT_OK if planned.is_empty else EXIT_CHANGES)


def _explained(loaded, func):
    """Run ``func``; a canonicalization error the spec can explain better is re-raised explained."""
    from pgdecl.guidance import explain_spec_error
    from pgdecl.shadow import SpecSQLError

    try:
        return func()
    except SpecSQLError as exc:
        better = explain_spec_error(str(exc), loaded)
        if better is None:
            raise
        raise SpecSQLError(better) from None


def _hints(plan) -> None:
    from pgdecl.guidance import rename_hints

    for hint in rename_hints(plan):
        click.echo(f"pgdecl: hint: {hint}", err=True)


def _write_migrations(plan, directory: Path, name: str, style: str | None) -> None:
    from pgdecl.migrations import migration_files, write_migrations

    files = migration_files(plan, directory, name, style=style)
    write_migrations(files)
    if not files:
        click.echo("pgdecl: no changes: no migration file written", err=True)
    for file in files:
        how = "one transaction" if file.transactional else "outside a transaction"
        click.echo(f"pgdecl: wrote {file.path} ({how})", err=True)


def _saved_plan(result) -> str:
    import json

    document = result.plan.to_json()
    document["schemas"] = list(result.schemas)
    return json.dumps(document, indent=2, ensure_ascii=False)


@main.command()
@click.argument("spec", nargs=-1, type=click.Path())
@click.option("--database-url", envvar="DATABASE_URL", default=None,
              help="The database to change (also $DATABASE_URL). Required.")
@shadow_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--allow-destructive", is_flag=True, help="Allow steps that drop tables, columns or objects the spec no longer lists.")
@click.option("--allow-hazards", multiple=True, metavar="KIND[,KIND…]",
              help="Allow steps with these hazard kinds (repeatable or comma list): security, data_loss, ….")
@click.option("--lock-timeout", default="5s", show_default=True, help="lock_timeout for every statement.")
@click.option("--lock-retries", default=2, type=click.IntRange(0, 20), show_default=True,
              help="After a lock timeout, retry (the whole transaction) this many times with exponential backoff.")
@click.option("--statement-timeout", default="0", show_default=True, help="statement_timeout (0 = none).")
@click.option("--wait", default=0.0, type=float, show_default=True, help="Seconds to wait for another pgdecl apply on the same database.")
@online_options
@click.option("--format", "fmt", type=click.Choice(["sql", "script", "json", "summary"]), default="summary",
              show_default=True, help="How the plan is shown before it is applied (sql and script: the summary).")
def apply(spec, database_url, shadow_url, yes, allow_destructive, allow_hazards, lock_timeout, lock_retries,
          statement_timeout, wait, online, online_threshold, fmt) -> None:
    """Change the database to match SPEC (default ./schema.yaml), or apply a saved plan .json.

    Plans, shows the plan and asks (unless --yes); refuses destructive or hazardous steps
    unless allowed. Then, under an advisory lock: the transactional steps in one
    transaction (all or nothing, retried after a lock timeout), then the steps that cannot
    run in one (CREATE INDEX CONCURRENTLY, VALIDATE), with their progress on a terminal;
    then plans again and fails unless nothing is left. Ctrl-C says what was left.

    Exit status: 0 applied or nothing to do, 1 error.
    """
    from pgdecl import api

    if not database_url:
        _fail("apply needs --database-url (or $DATABASE_URL)")
    flags = dict(allow_destructive=allow_destructive, allow_hazards=allow_hazards, lock_timeout=lock_timeout,
                 statement_timeout=statement_timeout, lock_retries=lock_retries, wait=wait)
    options = _run(lambda: api.apply_options(**flags))
    if len(spec) == 1 and spec[0].endswith(".json"):
        _apply_saved(Path(spec[0]), database_url, options, yes)
        return
    _run(lambda: _online_policy(online, online_threshold))
    loaded = _run(lambda: _load(spec))
    for attempt in range(2):
        # planned under the advisory lock: wait for (or fail fast on) another pgdecl apply
        planned = _run(lambda: _explained(loaded, lambda: api.plan_for_apply(
            loaded, database_url, shadow_url=shadow_url, online=online, online_threshold=online_threshold,
            lock_timeout=lock_timeout, wait=wait)))
        if planned.is_empty:
            click.echo(planned.result.plan.unmanaged_notice() or "No changes. The database matches the spec.")
            sys.exit(EXIT_OK)
        _emit(planned.result.plan, fmt if fmt not in ("sql", "script") else "summary")
        _hints(planned.result.plan)
        if not yes and not click.confirm("Apply these changes?", default=False, err=True):
            _fail("not applied")
        applied = _run(lambda: _with_progress(planned.result.plan, lambda: _apply_unless_outdated(
            planned, database_url, flags, last=attempt == 1)))
        if applied is not None:
            break
    unmanaged = planned.result.plan.unmanaged
    click.echo(f"Applied {applied.steps} step(s). " + ("The database matches the spec." if not unmanaged else
               f"What the spec describes matches; {len(unmanaged)} object(s) not managed (listed above)."))


def _with_progress(plan, func):
    """Run ``func`` (an apply of ``plan``) showing index builds and validations on a terminal;
    on Ctrl-C, say what the database was left with."""
    from rich.console import Console

    from pgdecl.progress import ApplyProgress

    progress = ApplyProgress(plan, Console(stderr=True))
    try:
        with progress:
            return func()
    except KeyboardInterrupt:
        click.echo(f"pgdecl: interrupted (SIGINT): {progress.interrupted()}", err=True)
        sys.exit(128 + signal.SIGINT)


def _apply_unless_outdated(planned, database_url: str, flags: dict, *, last: bool):
    """Apply and verify (``api.apply``); None when another apply changed the database after
    we planned (plan again)."""
    from pgdecl import api
    from pgdecl.apply import PlanOutdated

    try:
        return api.apply(planned, database_url, **flags)
    except PlanOutdated as exc:
        if last:
            raise
        click.echo(f"pgdecl: {exc}; planning again", err=True)
        return None


def _apply_saved(path: Path, database_url: str, options, yes: bool) -> None:
    from pgdecl import api

    applied = _run(lambda: api.apply_saved(path, database_url, options, confirm=None if yes else
                                           (lambda: click.confirm("Apply this saved plan?", default=False, err=True))))
    click.echo(f"Applied {applied} step(s) from {path}.")


# --- further commands: each lives in its own module, imported only when it runs ---
main.lazy_commands.update({
    "reconcile": ("pgdecl.reconcile", "command()"),
    "lint": ("pgdecl.lint.command", "lint"),
    "verify-rls": ("pgdecl.verify_rls", "verify_rls"),
    "export": ("pgdecl.diffcmd", "export_command"),
    "diff": ("pgdecl.diffcmd", "diff_command"),
    "preset": ("pgdecl.preset", "preset_command"),
})


# ``main``'s context object when it is the process's one job (``run``)
OWN_PROCESS = object()


def run() -> NoReturn:
    """The ``pgdecl`` program (console script, ``python -m pgdecl.cli``): ``main`` as the one
    job of its process, which ends without freeing its objects one by one."""
    try:
        main.main(obj=OWN_PROCESS)
    except SystemExit as exc:
        leave(exc.code)
    leave(0)          # pragma: no cover - click's standalone mode always exits


def leave(code: object) -> NoReturn:
    """End the process with ``code`` (as ``sys.exit`` reads it) once output is flushed and
    the exit handlers have run (logging, an embedded server's stop, temporary folders),
    without the interpreter's teardown.

    The teardown frees every object still alive one by one, to give memory back to a
    process about to end: the catalogs of a large schema are about a million objects,
    1 s at 5,000 tables, as long as the plan's own work. mypy ends the same way. While
    a thread other than this one runs (none does after a command), or a profiler or
    tracer watches (cProfile, coverage: they write their results at exit), the usual exit.
    """
    if code is None:
        status = EXIT_OK
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = EXIT_ERROR
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(status)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe (pgdecl plan | head): nothing to flush to
            pass
    atexit._run_exitfuncs()             # what the teardown would run first
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
