"""`pgdecl lint`: the click command (loading, reading, exit codes); rules live beside it."""

from __future__ import annotations

import sys

import click


EXIT_OK, EXIT_ERROR, EXIT_FINDINGS = 0, 1, 2

# Schemas a Supabase project's platform owns: never the application's to lint.
PLATFORM_SCHEMAS = (
    "auth", "storage", "extensions", "realtime", "_realtime", "graphql", "graphql_public", "vault",
    "pgsodium", "pgsodium_masks", "supabase_functions", "supabase_migrations", "net", "cron",
    "pgbouncer", "_analytics", "pgtle",
)

APP_SCHEMAS_SQL = """
SELECT n.nspname FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
  AND n.nspname <> ALL(%s::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY 1
"""


def live_schemas(dsn: str) -> tuple[str, ...]:
    """Every schema of the database but PostgreSQL's own and a Supabase platform's."""
    from pgdecl.engine import connect

    with connect(dsn, autocommit=True) as conn:
        return tuple(row[0] for row in conn.execute(APP_SCHEMAS_SQL, [list(PLATFORM_SCHEMAS)]).fetchall())


def lint_target(spec_paths: tuple[str, ...], database_url: str | None, shadow_url: str | None,
                schemas: tuple[str, ...], options):
    """The LintResult of a spec (canonicalized) or of a live database."""
    from pgdecl.lint import lint_catalog, suppressions_from_spec

    if database_url:
        from pgdecl.engine import read_live

        catalog = read_live(database_url, schemas or live_schemas(database_url))
        return lint_catalog(catalog, options)
    from pgdecl.commandline import load_spec_paths
    from pgdecl.shadow import canonicalize

    spec = load_spec_paths(spec_paths)
    if shadow_url is None:
        from pgdecl.embedded import start_embedded

        shadow_url = start_embedded()
    catalog = canonicalize(spec, shadow_url).catalog
    return lint_catalog(catalog, options, suppressions_from_spec(spec, catalog))


@click.command("lint")
@click.argument("spec", nargs=-1, type=click.Path())
@click.option("--database-url", default=None,
              help="Lint a live database instead of a spec (every application schema, or --schema).")
@click.option("--shadow-url", envvar="PGDECL_SHADOW_URL", default=None,
              help="Server for the scratch database that canonicalizes the spec (default: embedded PostgreSQL).")
@click.option("--schema", "schemas", multiple=True, help="With --database-url: lint only this schema (repeatable).")
@click.option("--exposed-schema", "exposed", multiple=True, default=("public",), show_default=True,
              help="A schema the API (PostgREST) exposes (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warn", "info"]), default="warn", show_default=True,
              help="Exit 2 when there are findings at or above this level.")
def lint(spec, database_url, shadow_url, schemas, exposed, fmt, fail_on) -> None:
    """Security and performance findings on SPEC (default ./schema.yaml) or on a live database.

    Exit status: 0 no findings at or above --fail-on, 2 findings, 1 error.
    """
    from pgdecl.commandline import run_or_exit
    from pgdecl.lint import Level, LintOptions
    from pgdecl.lint.output import render

    if spec and database_url:
        _fail_usage("give a SPEC or --database-url, not both")
    options = LintOptions(exposed_schemas=tuple(exposed))
    result = run_or_exit(lambda: lint_target(spec, database_url, shadow_url, tuple(schemas), options))
    click.echo(render(result, fmt), nl=False)
    sys.exit(EXIT_FINDINGS if result.at_least(Level.parse(fail_on)) else EXIT_OK)


def _fail_usage(message: str) -> None:
    click.echo(f"pgdecl: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


