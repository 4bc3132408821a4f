"""What export reads beyond the catalog pgdecl diffs: function and trigger details, relation
state, and the default privileges that decide which roles a schema's ``grantees`` names."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row

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


def read_extras(conn: psycopg.Connection, schemas: list[str]) -> Extras:
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SET LOCAL search_path = ''")

        def rows(name: str) -> list[dict[str, Any]]:
            cur.execute(query(name), {"schemas": schemas})  # type: ignore[arg-type]
            return cur.fetchall()

        functions = {(r["schema"], r["name"], r["identity_args"]): r for r in rows("export_functions")}
        triggers = {(r["schema"], r["table"], r["name"]): r for r in rows("export_triggers")}
        relations = {(r["schema"], r["name"]): r for r in rows("export_relations")}
        cur.execute("SELECT to_regclass('auth.users') IS NOT NULL AND to_regclass('storage.objects') IS NOT NULL "
                    "AS supabase")
        supabase = bool(cur.fetchone()["supabase"])  # type: ignore[index]
        cur.execute(_DEFAULT_GRANTEES)
        default_grantees: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in cur.fetchall():
            default_grantees[(row["schema"], row["objtype"])].add(row["grantee"])
        if supabase:
            # a Supabase project gives these roles everything new in schema public, whatever the
            # default privileges of this database say now (a migration may have revoked them here)
            for objtype in ("r", "S", "f"):
                default_grantees[("public", objtype)] |= SUPABASE_DEFAULT_GRANTEES
        cur.execute("SELECT current_user AS name")
        user = cur.fetchone()["name"]  # type: ignore[index]
    return Extras(functions, triggers, relations, supabase, dict(default_grantees), user)


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
