"""Command line: argument parsing and output only."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import click
import psycopg

from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2

_ACTION_SIGN = {"create": "+", "alter": "~", "replace": "-/+", "drop": "-"}


def _fail(message: str) -> None:
    click.echo(f"pgdecl: error: {mask(message)}", err=True)
    sys.exit(EXIT_ERROR)


def _load(spec_paths: tuple[str, ...]):
    from pgdecl.cache import load_spec      # an unchanged spec is not parsed again

    paths = [Path(p) for p in spec_paths] or [Path("schema.yaml")]
    for path in paths:
        if not path.exists():
            raise PgdeclError(f"{path}: no such spec file or directory")
    return load_spec(paths if len(paths) > 1 else paths[0])


def _run(func):
    """Turn expected failures into one readable line and exit 1."""
    from pgdecl.spec import SpecError

    try:
        return func()
    except (PgdeclError, SpecError) as exc:
        _fail(str(exc))
    except psycopg.Error as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        _fail(f"database error: {text}")
    except KeyboardInterrupt as exc:        # Ctrl-C, or SIGTERM / SIGHUP (shadow.Interrupted)
        signum = getattr(exc, "signum", signal.SIGINT)
        click.echo(f"pgdecl: interrupted ({signal.Signals(signum).name}): stopped before changing anything "
                   "not yet committed; scratch databases dropped", err=True)
        sys.exit(128 + signum)


def print_summary(plan, out=None) -> None:
    from rich.console import Console

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    from rich.markup import escape

    if plan.empty:
        console.print(escape(plan.unmanaged_notice() or "No changes. The database matches the spec."))
        return

    from pgdecl.summary import step_changes

    colors = {"create": "green", "alter": "yellow", "replace": "magenta", "drop": "red"}
    changes = step_changes(plan.steps)
    for position, step in enumerate(plan.steps):
        sign = _ACTION_SIGN[step.action]
        console.print(f"[{colors[step.action]}]{sign} {escape(step.op.describe())}[/]")
        for change in changes.get(position, ()):
            console.print(f"    {escape(change)}")
        for hazard in step.hazards:
            console.print(f"    [bold red]! {hazard.kind.value}[/]: {hazard.message}")
    counts: dict[str, int] = {}
    for step in plan.steps:
        counts[step.action] = counts.get(step.action, 0) + 1
    parts = [f"{counts[a]} to {a}" for a in ("create", "alter", "replace", "drop") if a in counts]
    console.print(f"Plan: {', '.join(parts)}.")


def _emit(plan, fmt: str) -> None:
    if fmt == "json":
        click.echo(plan.dumps())          # objects not managed: the "unmanaged" field
    elif fmt == "summary":
        print_summary(plan)
    else:
        click.echo(plan.sql(), nl=False)
    if fmt != "json" and plan.unmanaged and not (fmt == "summary" and plan.empty):
        click.echo(f"pgdecl: {plan.unmanaged_notice()}", err=True)


class LazyGroup(click.Group):
    """A command group whose sub-commands are imported only when used (fast start-up)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands: dict[str, tuple[str, str]] = {}

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
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="pgdecl: %(message)s", stream=sys.stderr)


database_option = click.option(
    "--database-url", envvar="DATABASE_URL", default=None,
    help="Target database (also $DATABASE_URL). Without it, plan against an empty embedded PostgreSQL.")
shadow_option = click.option(
    "--shadow-url", envvar="PGDECL_SHADOW_URL", default=None,
    help="Server on which to create the scratch database that canonicalizes the spec (also $PGDECL_SHADOW_URL; "
         "default: the target's). A separate throwaway server is the production setting: docs/security.md.")
format_option = click.option("--format", "fmt", type=click.Choice(["sql", "json", "summary"]), default="sql",
                             show_default=True)


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
def plan(spec, database_url, shadow_url, fmt, out, online, online_threshold) -> None:
    """Show the change script that makes the database match SPEC (default ./schema.yaml).

    Exit status: 0 no changes, 2 changes pending, 1 error.
    """
    from pgdecl.engine import make_plan

    policy = _run(lambda: _online_policy(online, online_threshold))
    result = _run(lambda: make_plan(_load(spec), database_url, shadow_dsn=shadow_url, online=policy))
    _emit(result.plan, fmt)
    if out:
        Path(out).write_text(_saved_plan(result), encoding="utf-8")
    sys.exit(EXIT_OK if result.plan.empty else EXIT_CHANGES)


def _saved_plan(result) -> str:
    import json

    document = result.plan.to_json()
    document["schemas"] = list(result.schemas)
    return json.dumps(document, indent=2, ensure_ascii=False)


@main.command()
@click.argument("spec", nargs=-1, type=click.Path())
@database_option
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
@format_option
def apply(spec, database_url, shadow_url, yes, allow_destructive, allow_hazards, lock_timeout, lock_retries,
          statement_timeout, wait, online, online_threshold, fmt) -> None:
    """Apply SPEC (or a saved plan .json) to the database. Exit status: 0 applied or nothing to do, 1 error."""
    from pgdecl.apply import ApplyOptions, advisory_lock, parse_hazard_kinds
    from pgdecl.engine import make_plan, replan

    if not database_url:
        _fail("apply needs --database-url (or $DATABASE_URL)")
    options = ApplyOptions(lock_timeout=lock_timeout, statement_timeout=statement_timeout,
                           allow_destructive=allow_destructive, allow_hazards=_run(lambda: parse_hazard_kinds(allow_hazards)),
                           wait=wait, lock_retries=lock_retries)
    if len(spec) == 1 and spec[0].endswith(".json"):
        _apply_saved(Path(spec[0]), database_url, options, yes)
        return
    policy = _run(lambda: _online_policy(online, online_threshold))
    loaded = _run(lambda: _load(spec))
    for attempt in range(2):
        lock = advisory_lock(database_url, wait)      # plan while no other pgdecl applies: wait, or fail fast
        _run(lock.__enter__)
        try:
            result = _run(lambda: make_plan(loaded, database_url, shadow_dsn=shadow_url, lock_timeout=lock_timeout,
                                            online=policy, applying=True))
        finally:
            lock.__exit__(None, None, None)
        if result.plan.empty:
            click.echo(result.plan.unmanaged_notice() or "No changes. The database matches the spec.")
            sys.exit(EXIT_OK)
        _emit(result.plan, fmt if fmt != "sql" else "summary")
        if not yes and not click.confirm("Apply these changes?", default=False, err=True):
            _fail("not applied")
        applied = _run(lambda: _apply_unless_outdated(result, database_url, options, last=attempt == 1))
        if applied is not None:
            break
    remaining = _run(lambda: replan(result, database_url))
    if not remaining.empty:
        _fail(f"applied {applied} steps, but the database still differs from the spec in "
              f"{len(remaining.steps)} step(s): " + "; ".join(s.op.describe() for s in remaining.steps))
    click.echo(f"Applied {applied} step(s). " + ("The database matches the spec." if not result.plan.unmanaged else
               f"What the spec describes matches; {len(result.plan.unmanaged)} object(s) not managed (listed above)."))


def _apply_unless_outdated(result, database_url: str, options, *, last: bool) -> int | None:
    """Apply; None when another apply changed the database after we planned (plan again)."""
    from pgdecl.apply import PlanOutdated, apply_plan
    from pgdecl.saved import live_fingerprint

    try:
        return apply_plan(result.plan, database_url, options, current_fingerprint=live_fingerprint(result.schemas))
    except PlanOutdated as exc:
        if last:
            raise
        click.echo(f"pgdecl: {exc}; planning again", err=True)
        return None


def _apply_saved(path: Path, database_url: str, options, yes: bool) -> None:
    from pgdecl.saved import apply_saved_plan

    applied = _run(lambda: apply_saved_plan(path, database_url, options, confirm=None if yes else
                                            (lambda: click.confirm("Apply this saved plan?", default=False, err=True))))
    click.echo(f"Applied {applied} step(s) from {path}.")


# --- further commands: each lives in its own module, imported only when it runs ---
main.lazy_commands.update({
    "reconcile": ("pgdecl.reconcile", "command()"),
    "lint": ("pgdecl.lint.command", "lint"),
    "verify-rls": ("pgdecl.verify_rls", "verify_rls"),
    "export": ("pgdecl.diffcmd", "export_command"),
    "diff": ("pgdecl.diffcmd", "diff_command"),
})


if __name__ == "__main__":  # pragma: no cover
    main()
