"""pgdecl verify-rls: build the spec in a scratch database, seed rows for two users, look for leaks.

Every table whose policies key on the user (a column compared with auth.uid(), or a
foreign key to auth.users) gets one row per simulated user, parents first; tables
that reference a seeded table get rows too (owned through the parent). Then, as
each user, every table and view is read twice in one transaction: once as is, once
after the other user's rows were deleted. Any difference means the other user's
data reaches this user through that relation: a leak. Updates and deletes of the
other user's rows are tried too (and rolled back).
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Any

import click
import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog, Column, Constraint, ObjectKey, Table
from pgdecl.errors import PgdeclError
from pgdecl.spec import Spec, trusted_sql

EXIT_OK, EXIT_ERROR, EXIT_LEAKS = 0, 1, 2
AUTH_USERS = ("auth", "users")
USERS = ("user_a", "user_b")

_UID = r"(?:\(\s*SELECT\s+auth\.uid\(\)(?:\s+AS\s+\w+)?\s*\)|auth\.uid\(\))"
_COLUMN = r'((?:\w+\.)?(?:"(?:[^"]|"")+"|\w+))'
UID_COMPARED = [re.compile(_UID + r"\s*=\s*" + _COLUMN, re.I), re.compile(_COLUMN + r"\s*=\s*" + _UID, re.I)]


@dataclass(frozen=True, slots=True)
class Leak:
    relation: str                    # schema.name
    kind: str                        # table | view
    operation: str                   # select | update | delete
    user: str                        # the user who could do it
    other: str                       # whose rows
    rows: int                        # rows seen / changed

    def describe(self) -> str:
        if self.operation == "select":
            return (f"{self.kind} {self.relation}: {self.user} sees {self.rows} row(s) that depend on "
                    f"{self.other}'s rows")
        return f"{self.kind} {self.relation}: {self.user} can {self.operation} {self.rows} of {self.other}'s row(s)"


@dataclass(slots=True)
class Report:
    users: dict[str, str]
    seeded: dict[str, int] = field(default_factory=dict)        # table -> rows inserted
    checked: list[str] = field(default_factory=list)            # relations read as each user
    leaks: list[Leak] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)              # skipped tables, relations without access

    def to_json(self) -> dict[str, Any]:
        return {"users": self.users, "seeded": self.seeded, "checked": self.checked,
                "leaks": [asdict(leak) for leak in self.leaks], "notes": self.notes}


# --- which tables, which columns --------------------------------------------------------------

def _column_name(text: str) -> str:
    name = text.rsplit(".", 1)[-1]
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def user_columns(table: Table, catalog: Catalog) -> list[str]:
    """Columns compared with auth.uid() in the table's policies, or referencing auth.users."""
    found: list[str] = []
    for policy in catalog.policies.values():
        if (policy.schema, policy.table) != (table.schema, table.name):
            continue
        for expression in (policy.using or "", policy.check or ""):
            for pattern in UID_COMPARED:
                found += [_column_name(m.group(1)) for m in pattern.finditer(expression)]
    for fk in _fks(table, catalog):
        if fk.ref_table and tuple(fk.ref_table) == AUTH_USERS and len(fk.columns) == 1:
            found.append(fk.columns[0])
    names = {c.name for c in table.columns}
    return sorted({c for c in found if c in names})


def _fks(table: Table, catalog: Catalog) -> list[Constraint]:
    return sorted((c for c in catalog.constraints.values()
                   if c.kind == "f" and (c.schema, c.table) == (table.schema, table.name)), key=lambda c: c.name)


def _fk_parent(fk: Constraint) -> ObjectKey | None:
    return ObjectKey("table", fk.ref_table.schema, fk.ref_table.name) if fk.ref_table else None


@dataclass(slots=True)
class SeedPlan:
    order: list[ObjectKey]                      # parents first
    owned: dict[ObjectKey, list[str]]           # owned tables -> user columns ([] = owned through a parent)
    shared: set[ObjectKey]                      # parents seeded once, owned by nobody


def seed_plan(catalog: Catalog) -> SeedPlan:
    owned = {k: cols for k, t in catalog.tables.items() if (cols := user_columns(t, catalog))}
    changed = True
    while changed:                                   # children of owned tables are owned through them
        changed = False
        for key, table in catalog.tables.items():
            if key not in owned and any(_fk_parent(fk) in owned for fk in _fks(table, catalog)):
                owned[key] = []
                changed = True
    shared: set[ObjectKey] = set()
    stack = list(owned)
    while stack:                                     # NOT NULL references to other tables need a parent row
        table = catalog.tables[stack.pop()]
        for fk in _fks(table, catalog):
            parent = _fk_parent(fk)
            required = all((c := table.column(name)) is not None and c.not_null for name in fk.columns)
            if parent in catalog.tables and parent not in owned and parent not in shared and required:
                shared.add(parent)
                stack.append(parent)
    seeded = set(owned) | shared
    graph = {k: {p for fk in _fks(catalog.tables[k], catalog) if (p := _fk_parent(fk)) in seeded and p != k}
             for k in seeded}
    try:
        order = list(TopologicalSorter({k: sorted(v) for k, v in sorted(graph.items())}).static_order())
    except CycleError:
        raise PgdeclError("verify-rls: foreign keys between the seeded tables form a cycle; "
                          "seeding such tables is not supported yet") from None
    return SeedPlan(order, owned, shared)


# --- values ----------------------------------------------------------------------------------

_LENGTH = re.compile(r"^(?:character varying|character|varchar|char|bit varying|bit)\((\d+)\)$")


def _base_type(conn: psycopg.Connection, type_text: str) -> tuple[str, str]:
    """(typtype, base type text) following domains."""
    row = conn.execute(
        "WITH RECURSIVE t(oid, typtype, typbasetype) AS ("
        " SELECT oid, typtype, typbasetype FROM pg_catalog.pg_type WHERE oid = pg_catalog.to_regtype(%s)"
        " UNION ALL SELECT p.oid, p.typtype, p.typbasetype FROM pg_catalog.pg_type p JOIN t ON p.oid = t.typbasetype"
        " WHERE t.typtype = 'd') "
        "SELECT typtype, pg_catalog.format_type(oid, NULL) FROM t WHERE typtype <> 'd'", [type_text]).fetchone()
    return (row[0], row[1]) if row else ("", type_text)


def value_for(conn: psycopg.Connection, column: Column, n: int) -> sql.Composable:
    """A plausible value of the column's type (unique per ``n`` where the type allows)."""
    type_text = column.type
    if type_text.endswith("[]"):
        return sql.SQL("CAST('{{}}' AS {})").format(trusted_sql(type_text))
    typtype, base = _base_type(conn, type_text)
    if typtype == "e":
        return sql.SQL("(pg_catalog.enum_range(NULL::{}))[1]").format(trusted_sql(type_text))
    literal: object
    if base == "uuid":
        return sql.SQL("CAST({} AS {})").format(sql.Literal(str(uuid.uuid4())), trusted_sql(type_text))
    if base in ("smallint", "integer", "bigint", "real", "double precision") or base.startswith("numeric"):
        literal = str(n)
    elif base == "boolean":
        literal = "true"
    elif base.startswith(("timestamp", "date", "time")):
        return sql.SQL("CAST(now() AS {})").format(trusted_sql(type_text))
    elif base == "interval":
        literal = "1 day"
    elif base in ("json", "jsonb"):
        literal = "{}"
    elif base == "bytea":
        literal = "\\x00"
    elif base in ("inet", "cidr"):
        literal = f"10.0.{n // 250 % 250}.{n % 250}"
    else:
        literal = f"v{n}"
        match = _LENGTH.match(column.type)
        if match:
            literal = literal[-int(match.group(1)):]
    return sql.SQL("CAST({} AS {})").format(sql.Literal(literal), trusted_sql(type_text))


# --- seeding ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Seeded:
    rows: dict[ObjectKey, dict[str | None, list[dict[str, Any]]]] = field(default_factory=dict)  # owner -> rows

    def row_of(self, table: ObjectKey, owner: str | None) -> dict[str, Any] | None:
        by_owner = self.rows.get(table, {})
        found = by_owner.get(owner) or by_owner.get(None)
        return found[0] if found else None


def _insert(conn: psycopg.Connection, catalog: Catalog, plan: SeedPlan, seeded: Seeded, key: ObjectKey,
            owner: str | None, users: dict[str, uuid.UUID], counter: list[int]) -> None:
    table = catalog.tables[key]
    values: dict[str, sql.Composable] = {}
    for name in plan.owned.get(key, []):
        values[name] = sql.Literal(users[owner]) if owner else sql.Literal(users[USERS[0]])
    for fk in _fks(table, catalog):
        parent = _fk_parent(fk)
        if parent is not None and tuple(parent)[1:3] == AUTH_USERS:
            for name in fk.columns:
                values.setdefault(name, sql.Literal(users[owner or USERS[0]]))
            continue
        row = seeded.row_of(parent, owner) if parent is not None else None
        if row is None:
            continue
        for name, ref in zip(fk.columns, fk.ref_columns):
            values.setdefault(name, sql.Literal(row[ref]))
    for column in table.columns:
        if column.name in values or column.generated or column.identity or column.default is not None:
            continue
        if column.not_null:
            counter[0] += 1
            values[column.name] = value_for(conn, column, counter[0])
    names = list(values)
    query = sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING *").format(
        sql.Identifier(table.schema, table.name), sql.SQL(", ").join(map(sql.Identifier, names)),
        sql.SQL(", ").join(values[n] for n in names))
    if not names:
        query = sql.SQL("INSERT INTO {} DEFAULT VALUES RETURNING *").format(sql.Identifier(table.schema, table.name))
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query)
        row = cur.fetchone()
    seeded.rows.setdefault(key, {}).setdefault(owner, []).append(row)


def seed(conn: psycopg.Connection, catalog: Catalog, plan: SeedPlan, users: dict[str, uuid.UUID],
         report: Report) -> Seeded:
    conn.execute("INSERT INTO auth.users (id, email) VALUES " + ", ".join(["(%s, %s)"] * len(users)),
                 [v for label, uid in users.items() for v in (uid, f"{label}@example.com")])
    seeded, counter = Seeded(), [0]
    for key in plan.order:
        owners: list[str | None] = list(USERS) if key in plan.owned else [None]
        for owner in owners:
            try:
                with conn.transaction():
                    _insert(conn, catalog, plan, seeded, key, owner, users, counter)
            except psycopg.Error as exc:
                report.notes.append(f"could not seed {key.schema}.{key.name}: {_first_line(exc)}")
                break
        if key in seeded.rows:
            report.seeded[f"{key.schema}.{key.name}"] = sum(len(r) for r in seeded.rows[key].values())
    return seeded


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# --- probing ---------------------------------------------------------------------------------

def _as_user(conn: psycopg.Connection, user: uuid.UUID) -> None:
    conn.execute("SET LOCAL ROLE authenticated")
    conn.execute("SELECT pg_catalog.set_config('request.jwt.claims', %s, true)",
                 [json.dumps({"sub": str(user), "role": "authenticated"})])


def _identity(table: Table, catalog: Catalog) -> tuple[str, ...]:
    for c in catalog.constraints.values():
        if c.kind == "p" and (c.schema, c.table) == (table.schema, table.name):
            return c.columns
    return ()


def _where_rows(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> sql.Composable:
    """WHERE (pk columns) IN (the rows' values)."""
    tuples = sql.SQL(", ").join(
        sql.SQL("({})").format(sql.SQL(", ").join(sql.Literal(row[c]) for c in columns)) for row in rows)
    return sql.SQL("({}) IN ({})").format(sql.SQL(", ").join(map(sql.Identifier, columns)), tuples)


def _delete_rows_of(conn: psycopg.Connection, catalog: Catalog, plan: SeedPlan, seeded: Seeded, owner: str) -> None:
    for key in reversed(plan.order):
        rows = seeded.rows.get(key, {}).get(owner)
        pk = _identity(catalog.tables[key], catalog)
        if rows and pk:
            conn.execute(sql.SQL("DELETE FROM {} WHERE {}").format(sql.Identifier(key.schema, key.name),
                                                                    _where_rows(pk, rows)))


def _read(conn: psycopg.Connection, relation: sql.Composable) -> Counter[str]:
    rows = conn.execute(sql.SQL("SELECT * FROM {}").format(relation)).fetchall()
    return Counter(repr(row) for row in rows)


def _probe_select(conn: psycopg.Connection, catalog: Catalog, plan: SeedPlan, seeded: Seeded, key: ObjectKey,
                  users: dict[str, uuid.UUID], user: str, other: str, report: Report) -> None:
    relation = sql.Identifier(key.schema, key.name)
    with conn.transaction(force_rollback=True):
        try:
            with conn.transaction():
                _as_user(conn, users[user])
                with_other = _read(conn, relation)
                conn.execute("RESET ROLE")
        except psycopg.errors.InsufficientPrivilege:
            report.notes.append(f"{user} cannot read {key.schema}.{key.name} (no privilege)")
            return
        _delete_rows_of(conn, catalog, plan, seeded, other)
        _as_user(conn, users[user])
        without_other = _read(conn, relation)
    extra = with_other - without_other
    missing = without_other - with_other
    if extra or missing:
        report.leaks.append(Leak(f"{key.schema}.{key.name}", key.kind, "select", user, other,
                                 max(sum(extra.values()), sum(missing.values()))))


def _probe_write(conn: psycopg.Connection, catalog: Catalog, seeded: Seeded, key: ObjectKey,
                 users: dict[str, uuid.UUID], user: str, other: str, report: Report) -> None:
    table = catalog.tables[key]
    rows = seeded.rows.get(key, {}).get(other)
    pk = _identity(table, catalog)
    if not rows or not pk:
        return
    target = sql.Identifier(table.schema, table.name)
    where = _where_rows(pk, rows)
    statements = {
        "update": sql.SQL("UPDATE {} SET {} = {} WHERE {}").format(target, sql.Identifier(pk[0]),
                                                                    sql.Identifier(pk[0]), where),
        "delete": sql.SQL("DELETE FROM {} WHERE {}").format(target, where),
    }
    for operation, statement in statements.items():
        with conn.transaction(force_rollback=True):
            try:
                with conn.transaction():
                    _as_user(conn, users[user])
                    changed = conn.execute(statement).rowcount
            except psycopg.Error:
                continue             # refused (no privilege, WITH CHECK, trigger): not a leak
        if changed > 0:
            report.leaks.append(Leak(f"{key.schema}.{key.name}", "table", operation, user, other, changed))


def verify(spec: Spec, server_dsn: str) -> Report:
    """Build ``spec`` in a scratch database on ``server_dsn``, seed two users, report every leak."""
    from pgdecl.shadow import spec_session

    users = {label: uuid.uuid4() for label in USERS}
    report = Report({label: str(uid) for label, uid in users.items()})
    # one transaction, rolled back: the preset's roles and anything the probes change vanish
    with spec_session(spec, server_dsn, spec.preset or "supabase") as conn:
        catalog = introspect(conn, spec.managed_schemas)
        plan = seed_plan(catalog)
        if not plan.owned:
            report.notes.append("no table keys on the user (no policy compares a column with auth.uid(), "
                                "no foreign key to auth.users): nothing to compare")
        seeded = seed(conn, catalog, plan, users, report)
        relations = sorted(catalog.tables) + sorted(k for k, v in catalog.views.items() if not v.materialized)
        for key in relations:
            report.checked.append(f"{key.schema}.{key.name}")
            for user, other in (USERS, USERS[::-1]):
                _probe_select(conn, catalog, plan, seeded, key, users, user, other, report)
                if key.kind == "table" and key in plan.owned:
                    _probe_write(conn, catalog, seeded, key, users, user, other, report)
    return report


def render_text(report: Report) -> str:
    lines = [f"users: {', '.join(f'{k} = {v}' for k, v in report.users.items())}",
             "seeded: " + (", ".join(f"{t} ({n} rows)" for t, n in report.seeded.items()) or "nothing")]
    lines += [f"note: {note}" for note in report.notes]
    lines += [f"LEAK {leak.describe()}" for leak in report.leaks]
    if report.leaks:
        lines.append(f"{len(report.leaks)} leak(s) in {len({l.relation for l in report.leaks})} relation(s).")
    else:
        lines.append(f"No leaks: {len(report.checked)} relation(s) checked as each user.")
    return "\n".join(lines) + "\n"


@click.command("verify-rls")
@click.argument("spec", nargs=-1, type=click.Path())
@click.option("--shadow-url", envvar="PGDECL_SHADOW_URL", default=None,
              help="Server for the scratch database (default: the embedded PostgreSQL).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def verify_rls(spec, shadow_url, fmt) -> None:
    """Seed two simulated users in a scratch database built from SPEC and check that
    neither can read, update or delete the other's rows through any table or view.

    Exit status: 0 no leaks, 2 leaks, 1 error.
    """
    from pgdecl import api
    from pgdecl.cli import _run

    report = _run(lambda: api.verify_rls(spec, shadow_url=shadow_url))
    click.echo(json.dumps(report.to_json(), indent=2) if fmt == "json" else render_text(report), nl=fmt == "json")
    sys.exit(EXIT_LEAKS if report.leaks else EXIT_OK)
