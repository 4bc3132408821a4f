"""`pgdecl preset supabase`: the packaged stand-ins, created in a local or test database."""

from __future__ import annotations

import click
import psycopg

from pgdecl.errors import PgdeclError

# what a Supabase project gives the role that runs migrations (postgres), besides the
# objects of presets/supabase.sql: every new table, sequence and function in public is
# granted to the API roles. Only `pgdecl preset` sets these; the scratch databases that
# canonicalize a spec do not (a spec's grants are compared with the target's anyway).
SUPABASE_DEFAULT_PRIVILEGES = """
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
"""

# tables only a real Supabase project's auth schema has (roles are cluster-wide: no evidence):
# the preset refuses to touch such a database
_REAL_SUPABASE = """
SELECT 'table auth.' || min(c.relname) FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'auth' AND c.relname IN ('refresh_tokens', 'identities', 'schema_migrations')
"""

PRESETS = ("supabase",)


def install_preset(name: str, dsn: str) -> str:
    """Create preset ``name``'s stand-ins in ``dsn``; returns the role whose default privileges were set."""
    from pgdecl.shadow import preset_sql

    if name not in PRESETS:
        raise PgdeclError(f"unknown preset {name!r} (expected one of: {', '.join(PRESETS)})")
    with psycopg.connect(dsn, autocommit=True) as conn:
        found = conn.execute(_REAL_SUPABASE).fetchone()[0]   # type: ignore[index]
        if found is not None:
            raise PgdeclError(f"this looks like a real Supabase database ({found} exists): the preset's stand-ins "
                              "are for local and test databases only and would replace auth.uid() and its kin; "
                              "nothing was changed")
        with conn.transaction():
            conn.execute(preset_sql(name))  # type: ignore[arg-type]
            conn.execute(SUPABASE_DEFAULT_PRIVILEGES)  # type: ignore[arg-type]
        return conn.execute("SELECT current_user").fetchone()[0]   # type: ignore[index]


@click.command("preset")
@click.argument("name", type=click.Choice(PRESETS))
@click.option("--database-url", envvar="DATABASE_URL", required=True,
              help="The local or test database to prepare (also $DATABASE_URL).")
def preset_command(name: str, database_url: str) -> None:
    """Create the Supabase stand-ins in a local or test database: roles anon, authenticated and
    service_role, schemas auth, storage and extensions, auth.users, auth.uid(), auth.role(), auth.email(),
    auth.jwt(), storage.buckets, storage.objects, storage.foldername()/filename()/extension(), and
    Supabase's default privileges in public (ALL to the three roles).

    For a plain PostgreSQL that should look like a fresh Supabase project (the quick start,
    CI). Never run it on a Supabase project: it refuses a database that has Supabase's own
    auth tables. Safe to run twice. Plans do not need it: the scratch databases that
    canonicalize a spec with `preset: supabase` get the same stand-ins by themselves.
    """
    from pgdecl.commandline import run_or_exit
    from pgdecl.dsn import mask

    role = run_or_exit(lambda: install_preset(name, database_url))
    click.echo(f"Created the {name} stand-ins in {mask(database_url)} (roles anon, authenticated, service_role; "
               f"auth.users, auth.uid(); default privileges of {role} in public). For local and test databases "
               "only, never on Supabase itself.")
