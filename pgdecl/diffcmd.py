"""The export and diff commands: adopt an existing database, compare any two of spec / database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pgdecl.catalog.model import Catalog
from pgdecl.cli import EXIT_CHANGES, EXIT_ERROR, EXIT_OK, _emit, format_option
from pgdecl.commandline import load_spec_paths, run_or_exit
from pgdecl.errors import PgdeclError


def is_database_url(text: str) -> bool:
    """A PostgreSQL URI, or a libpq key=value string (``host=... dbname=...``)."""
    return text.startswith(("postgres://", "postgresql://")) or (
        "=" in text and not Path(text).exists() and any(
            word.split("=", 1)[0].strip() in ("host", "dbname", "user", "port", "service")
            for word in text.split()))


@click.command("export")
@click.option("--database-url", envvar="DATABASE_URL", required=True, help="Database to export (also $DATABASE_URL).")
@click.option("--schema", "schemas", multiple=True,
              help="Schema to export (repeatable). Default: every non-system schema; on Supabase, not the "
                   "platform schemas (auth, storage, extensions, ...).")
@click.option("--out", type=click.Path(), default=None,
              help="A .yaml file, or a directory (one file per schema). Default: standard output.")
@click.option("--strict", is_flag=True,
              help="Fail (exit 1, nothing written) if anything in the exported schemas cannot be written "
                   "exactly: objects pgdecl does not manage, settings the spec cannot express.")
def export_command(database_url: str, schemas: tuple[str, ...], out: str | None, strict: bool) -> None:
    """Write the live schema of a database as a spec (adopting an existing database). Exit status 0 / 1
    (with --strict, 1 also when a warning would be printed)."""
    from pgdecl import api

    result = run_or_exit(lambda: api.export(database_url, schemas))
    for warning in result.warnings:
        click.echo(f"pgdecl: {'error' if strict else 'warning'}: {warning}", err=True)
    if strict and result.warnings:
        click.echo(f"pgdecl: error: --strict: {len(result.warnings)} thing(s) would not be exported exactly; "
                   "nothing written", err=True)
        sys.exit(EXIT_ERROR)
    if out is None:
        click.echo(result.yaml(), nl=False)
    else:
        for path in result.write(Path(out)):
            click.echo(f"wrote {path}", err=True)
    sys.exit(EXIT_OK)


def _side(source: tuple[str, ...], other: tuple[str, ...], schemas: tuple[str, ...]):
    """('db', dsn) or ('spec', Spec) for one side."""
    if len(source) == 1 and is_database_url(source[0]):
        return "db", source[0]
    return "spec", load_spec_paths(source)


def diff_between(from_side: tuple[str, object], to_side: tuple[str, object], schemas: tuple[str, ...]):
    """The plan that turns the ``from`` side into the ``to`` side."""
    from pgdecl.catalog.introspect import introspect
    from pgdecl.engine import connect, plan_between, read_only
    from pgdecl.shadow import Desired, canonicalize

    specs = [value for kind, value in (from_side, to_side) if kind == "spec"]
    if schemas:
        managed = tuple(sorted(set(schemas)))
    elif specs:
        managed = tuple(sorted({s for spec in specs for s in spec.managed_schemas}))  # type: ignore[attr-defined]
    else:
        managed = ()
    databases = [value for kind, value in (from_side, to_side) if kind == "db"]

    def read(dsn: str) -> Catalog:
        with connect(str(dsn), autocommit=True) as conn:
            read_only(conn)
            return introspect(conn, managed or None)

    def server() -> str:
        if databases:
            return str(databases[0])
        from pgdecl.embedded import start_embedded

        return start_embedded()

    def catalog_of(side: tuple[str, object]) -> Desired:
        kind, value = side
        if kind == "db":
            return Desired(read(str(value)), None, default_privilege_scopes=None)  # type: ignore[arg-type]
        return canonicalize(value, server())  # type: ignore[arg-type]

    before, after = catalog_of(from_side), catalog_of(to_side)
    if not managed:
        managed = tuple(sorted({k.name for k in before.catalog.schemas} | {k.name for k in after.catalog.schemas}))
    return plan_between(before.catalog, after, managed)


@click.command("diff")
@click.option("--from", "from_", required=True, multiple=True,
              help="The current side: a spec file or directory, or a database URL.")
@click.option("--to", "to", required=True, multiple=True,
              help="The desired side: a spec file or directory, or a database URL.")
@click.option("--schema", "schemas", multiple=True,
              help="Compare only these schemas (default: the specs' schemas; for two databases, all).")
@format_option
def diff_command(from_: tuple[str, ...], to: tuple[str, ...], schemas: tuple[str, ...], fmt: str) -> None:
    """Show the change script that turns FROM into TO (each a spec or a database URL).

    Exit status: 0 no changes, 2 changes, 1 error.
    """
    def run():
        if len(from_) > 1 and any(is_database_url(x) for x in from_) or \
                len(to) > 1 and any(is_database_url(x) for x in to):
            raise PgdeclError("give one database URL, or spec paths, per side")
        return diff_between(_side(from_, to, schemas), _side(to, from_, schemas), schemas)

    result = run_or_exit(run)
    _emit(result.plan, fmt)
    sys.exit(EXIT_OK if result.plan.empty else EXIT_CHANGES)
