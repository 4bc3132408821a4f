"""What export reads beyond the catalog pgdecl diffs: function and trigger details, relation
state, and the default privileges that decide which roles a schema's ``grantees`` names."""

from __future__ import annotations

from collections import defaultdict
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pgdecl.catalog.model import ObjectKey
from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError

# Schemas a Supabase project provides; not exported unless asked for by --schema.
SUPABASE_PLATFORM_SCHEMAS = frozenset({
    "auth", "storage", "extensions", "graphql", "graphql_public", "realtime", "supabase_functions",
    "supabase_migrations", "pgsodium", "pgsodium_masks", "vault", "net", "cron", "pgbouncer", "_realtime",
    "_analytics", "pgtle", "tiger", "topology",
})

SUPABASE_DEFAULT_GRANTEES = frozenset({"anon", "authenticated", "service_role"})


def connect(dsn: str) -> psycopg.Connection:
    """A read-only connection, or one readable error naming the (masked) database: as
    engine.connect and engine.read_only, without importing the planner (0.2 s)."""
    try:
        conn = psycopg.connect(dsn, connect_timeout=10, autocommit=True)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PgdeclError(f"cannot connect to {mask(dsn)}: {mask(first)}") from None
    conn.execute("SET default_transaction_read_only = on")
    return conn


def query(name: str) -> str:
    return (resources.files("pgdecl.catalog") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


@dataclass
class Extras:
    functions: dict[tuple[str, str, str], dict[str, Any]]
    triggers: dict[tuple[str, str, str], dict[str, Any]]
    relations: dict[tuple[str, str], dict[str, Any]]
    supabase: bool
    # roles that ALTER DEFAULT PRIVILEGES (of the current user) gives privileges on new
    # objects, by (schema, pg_default_acl.defaclobjtype); schema '' = every schema
    default_grantees: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    current_user: str = ""
    # (referenced, dependent): a type using another type of its schema, a view reading another
    # view of its schema (export_order.sql; the catalog's dependencies are not read)
    order: frozenset[tuple[ObjectKey, ObjectKey]] = frozenset()


def read_extras(conn: psycopg.Connection, schemas: list[str]) -> Extras:
    """What export reads besides the catalog: its queries in one pipeline (one round trip)."""
    params = {"schemas": schemas}
    with conn.transaction(force_rollback=True), _pipeline(conn):
        conn.execute("SET LOCAL search_path = ''")
        cursors = [conn.cursor(row_factory=dict_row).execute(text, params)  # type: ignore[call-overload]
                   for text in (query("export_functions"), query("export_triggers"), query("export_relations"),
                                query("export_order"), _SUPABASE, _DEFAULT_GRANTEES, _CURRENT_USER)]
        found = [cur.fetchall() for cur in cursors]
    function_rows, trigger_rows, relation_rows, order_rows, supabase_rows, grantee_rows, user_rows = found
    functions = {(r["schema"], r["name"], r["identity_args"]): r for r in function_rows}
    triggers = {(r["schema"], r["table"], r["name"]): r for r in trigger_rows}
    relations = {(r["schema"], r["name"]): r for r in relation_rows}
    order = frozenset((ObjectKey(r["kind"], r["schema"], r["referenced"]),
                       ObjectKey(r["kind"], r["schema"], r["dependent"])) for r in order_rows)
    supabase = bool(supabase_rows[0]["supabase"])
    default_grantees: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in grantee_rows:
        default_grantees[(row["schema"], row["objtype"])].add(row["grantee"])
    if supabase:
        # a Supabase project gives these roles everything new in schema public, whatever the
        # default privileges of this database say now (a migration may have revoked them here)
        for objtype in ("r", "S", "f"):
            default_grantees[("public", objtype)] |= SUPABASE_DEFAULT_GRANTEES
    return Extras(functions, triggers, relations, supabase, dict(default_grantees), user_rows[0]["name"], order)


def _pipeline(conn: psycopg.Connection) -> AbstractContextManager[Any]:
    """Pipeline mode when the libpq has it (14 and later), else one query after another."""
    return conn.pipeline() if psycopg.Pipeline.is_supported() else nullcontext()


_SUPABASE = ("SELECT to_regclass('auth.users') IS NOT NULL AND to_regclass('storage.objects') IS NOT NULL "
             "AS supabase")
_CURRENT_USER = "SELECT current_user AS name"

_DEFAULT_GRANTEES = """
SELECT COALESCE(n.nspname, '') AS schema, d.defaclobjtype::text AS objtype,
       CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(x.grantee)::text END AS grantee
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x
WHERE d.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
  AND x.grantee <> d.defaclrole
"""


def all_schemas(conn: psycopg.Connection) -> list[str]:
    return [row[0] for row in conn.execute(query("schemas"), {"schemas": None}).fetchall()]
