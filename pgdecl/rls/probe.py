"""verify-rls probes: seed two users' rows in the spec's scratch database, then attack as user A
(authenticated) and as anon through every table, view and SECURITY DEFINER function they can
reach, and count, as superuser, the other users' rows each attack read, changed or deleted.

Everything runs inside the spec session's transaction (always rolled back); each attack in a
savepoint of its own that is rolled back too.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pgdecl.catalog.model import Catalog, Column, ObjectKey, SourceMark
from pgdecl.rls.owners import AUTH_USERS, Owner, foreign_keys, primary_key, seed_order
from pgdecl.rls.report import Report
from pgdecl.spec import Spec, trusted_sql
from pgdecl.spec.model import VerifyRlsSpec

log = logging.getLogger(__name__)

USERS = ("A", "B")
ROLES = ("authenticated", "anon")
# an attack that fails with one of these was refused; any other error means the probe itself is wrong,
# which a control run as superuser tells apart
REFUSED = ("42501", "P0001")
STATEMENT_TIMEOUT = "10s"


@dataclass(frozen=True, slots=True)
class Attacker:
    label: str                       # A | anon
    role: str
    uid: uuid.UUID | None
    victims: tuple[str, ...]         # whose rows it must not reach

    @property
    def victim(self) -> str:
        return " and ".join(self.victims)


# --- the scratch database: what the roles can reach -------------------------------------------

RELATIONS_SQL = """
SELECT n.nspname AS schema, c.relname AS name, c.relkind AS relkind, r.rolname AS role,
       pg_catalog.has_schema_privilege(r.oid, n.oid, 'USAGE') AS usage,
       pg_catalog.has_any_column_privilege(r.oid, c.oid, 'SELECT') AS select,
       pg_catalog.has_any_column_privilege(r.oid, c.oid, 'INSERT') AS insert,
       pg_catalog.has_any_column_privilege(r.oid, c.oid, 'UPDATE') AS update,
       pg_catalog.has_table_privilege(r.oid, c.oid, 'DELETE') AS delete
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN pg_catalog.pg_roles r
WHERE r.rolname = ANY(%s) AND n.nspname = ANY(%s) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
ORDER BY 1, 2, 4
"""

FUNCTIONS_SQL = """
SELECT n.nspname AS schema, p.proname AS name, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
       p.prokind AS prokind, p.prosecdef AS definer, p.pronargs - p.pronargdefaults AS required,
       ARRAY(SELECT pg_catalog.format_type(t, NULL) FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) t)
         AS types,
       p.prorettype IN ('pg_catalog.trigger'::pg_catalog.regtype, 'pg_catalog.event_trigger'::pg_catalog.regtype)
         AS trigger,
       ARRAY(SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname = ANY(%s)
               AND pg_catalog.has_function_privilege(r.oid, p.oid, 'EXECUTE')
               AND pg_catalog.has_schema_privilege(r.oid, n.oid, 'USAGE') ORDER BY 1) AS callers
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(%s) AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                  AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY 1, 2, 3
"""

_KIND = {"r": "table", "p": "table", "f": "table", "v": "view", "m": "materialized view"}


@dataclass(slots=True)
class Reach:
    """What each role may do to each relation (USAGE on its schema included)."""

    relations: dict[ObjectKey, dict[str, set[str]]] = field(default_factory=dict)   # key -> role -> privileges
    kinds: dict[ObjectKey, str] = field(default_factory=dict)
    functions: list[dict[str, Any]] = field(default_factory=list)

    def privileges(self, key: ObjectKey, role: str) -> set[str]:
        return self.relations.get(key, {}).get(role, set())

    def reachable(self, key: ObjectKey) -> bool:
        return any(self.relations.get(key, {}).values())


def read_reach(conn: psycopg.Connection, schemas: tuple[str, ...]) -> Reach:
    reach = Reach()
    with conn.cursor(row_factory=dict_row) as cur:
        for row in cur.execute(RELATIONS_SQL, [list(ROLES), list(schemas)]).fetchall():
            key = ObjectKey("table" if row["relkind"] in "rpf" else "view", row["schema"], row["name"])
            reach.kinds[key] = _KIND[row["relkind"]]
            allowed = {p for p in ("select", "insert", "update", "delete") if row[p]} if row["usage"] else set()
            reach.relations.setdefault(key, {})[row["role"]] = allowed
        reach.functions = cur.execute(FUNCTIONS_SQL, [list(ROLES), list(schemas)]).fetchall()
    return reach


# --- values ------------------------------------------------------------------------------------

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


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _refused(exc: psycopg.Error) -> bool:
    return (exc.sqlstate or "") in REFUSED


# --- the probe session -------------------------------------------------------------------------

class Prober:
    """Seeds rows and runs attacks on one spec session's connection."""

    def __init__(self, conn: psycopg.Connection, catalog: Catalog, spec: Spec, report: Report) -> None:
        self.conn = conn
        self.catalog = catalog
        self.hints: VerifyRlsSpec = spec.verify_rls
        self.origins: dict[ObjectKey, SourceMark] = dict(spec.origins)
        self.report = report
        self.users = {label: uuid.UUID(uid) for label, uid in report.users.items()}
        self.owners: dict[ObjectKey, Owner] = {}
        self.order: list[ObjectKey] = []
        self.rows: dict[ObjectKey, dict[str | None, list[dict[str, Any]]]] = {}
        self.counter = 0
        self.reach = Reach()

    # --- helpers

    def name(self, key: ObjectKey) -> str:
        return f"{key.schema}.{key.name}"

    def origin(self, key: ObjectKey) -> SourceMark | None:
        return self.origins.get(key)

    def is_public(self, key: ObjectKey) -> bool:
        names = {key.name, self.name(key)} if key.schema == "public" else {self.name(key)}
        if key.kind == "function":
            base = key.name.split("(", 1)[0]
            names |= {f"{base}()", base, f"{key.schema}.{base}()", f"{key.schema}.{base}"} \
                if key.schema == "public" else {f"{key.schema}.{base}()", f"{key.schema}.{base}"}
        return bool(names & set(self.hints.public))

    @contextmanager
    def rolled_back(self) -> Iterator[None]:
        with self.conn.transaction(force_rollback=True):
            yield

    def become(self, attacker: Attacker, role: bool = True) -> None:
        """The attacker's JWT claims, and (unless ``role`` is false) its role."""
        claims: dict[str, Any] = {"role": attacker.role}
        if attacker.uid is not None:
            claims["sub"] = str(attacker.uid)
        if role:
            self.conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(attacker.role)))
        self.conn.execute("SELECT pg_catalog.set_config('request.jwt.claims', %s, true)", [json.dumps(claims)])

    def run_as(self, attacker: Attacker | None, statement: sql.Composable) -> list[tuple[Any, ...]] | None:
        """Run ``statement`` (as ``attacker``, or superuser when None) in a savepoint kept until the
        enclosing one is rolled back; its rows, if it returns any."""
        with self.conn.transaction():
            if attacker is not None:
                self.become(attacker)
            cur = self.conn.execute(statement)
            rows = cur.fetchall() if cur.description else None
            if attacker is not None:
                self.conn.execute("RESET ROLE")
        return rows

    # --- seeding

    def row_of(self, table: ObjectKey, owner: str | None) -> dict[str, Any] | None:
        by_owner = self.rows.get(table, {})
        found = by_owner.get(owner) or by_owner.get(None) or (by_owner.get(USERS[0]) if owner is None else None)
        return found[0] if found else None

    def row_values(self, key: ObjectKey, owner: str | None) -> dict[str, sql.Composable]:
        """Column -> value of a new row of ``key`` owned by ``owner`` (None: nobody)."""
        table = self.catalog.tables[key]
        uid = self.users[owner or USERS[0]]
        how = self.owners.get(key)
        values: dict[str, sql.Composable] = {}
        hint = self.hint(key)
        if hint is not None:
            values.update({c: trusted_sql(f"({expression})") for c, expression in hint.seed.items()})
        if how is not None and how.kind == "user":
            for column in how.columns:
                values[column] = sql.Literal(uid)
        links = [(fk.columns, fk.ref_table and ObjectKey("table", *fk.ref_table), fk.ref_columns)
                 for fk in foreign_keys(table, self.catalog)]
        if how is not None and how.link is not None:
            links.insert(0, (how.link.columns, how.link.parent, how.link.ref_columns))
        for columns, parent, ref_columns in links:
            if parent is None:
                continue
            if (parent.schema, parent.name) == AUTH_USERS:
                for column in columns:
                    values.setdefault(column, sql.Literal(uid))
                continue
            row = self.row_of(parent, owner)
            if row is not None:
                for column, ref in zip(columns, ref_columns):
                    values.setdefault(column, sql.Literal(row[ref]))
        for column in table.columns:
            if column.name in values or column.generated or column.identity or column.default is not None:
                continue
            if column.not_null:
                self.counter += 1
                values[column.name] = value_for(self.conn, column, self.counter)
        return values

    def hint(self, key: ObjectKey):
        return self.hints.tables.get(self.name(key)) or (self.hints.tables.get(key.name)
                                                        if key.schema == "public" else None)

    def insert(self, key: ObjectKey, values: dict[str, sql.Composable], returning: bool) -> sql.Composed:
        target = sql.Identifier(key.schema, key.name)
        tail = sql.SQL(" RETURNING *" if returning else "")
        if not values:
            return sql.SQL("INSERT INTO {} DEFAULT VALUES{}").format(target, tail)
        names = list(values)
        return sql.SQL("INSERT INTO {} ({}) VALUES ({}){}").format(
            target, sql.SQL(", ").join(map(sql.Identifier, names)), sql.SQL(", ").join(values[n] for n in names),
            tail)

    def seed(self, tables: set[ObjectKey]) -> dict[ObjectKey, str]:
        """Seed ``tables`` (and the parents they need); table -> why it could not be seeded."""
        self.conn.execute("INSERT INTO auth.users (id, email) VALUES " + ", ".join(["(%s, %s)"] * len(self.users)),
                          [v for label, uid in self.users.items() for v in (uid, f"{label.lower()}@example.com")])
        self.order, cyclic = seed_order(self.catalog, tables, self.owners)
        failed = {key: "foreign keys between it and the tables it references form a cycle; seeding such "
                       "tables is not supported yet" for key in cyclic}
        for key in self.order:
            owners: list[str | None] = list(USERS) if key in self.owners else [None]
            for owner in owners:
                try:
                    with self.conn.transaction(), self.conn.cursor(row_factory=dict_row) as cur:
                        cur.execute(self.insert(key, self.row_values(key, owner), returning=True))
                        self.rows.setdefault(key, {}).setdefault(owner, []).append(cur.fetchone())
                except psycopg.Error as exc:
                    log.info("could not seed %s.%s: %s", key.schema, key.name, first_line(exc))
                    failed[key] = first_line(exc)
                    self.rows.pop(key, None)
                    break
            if key in self.rows:
                self.report.seeded[self.name(key)] = sum(len(r) for r in self.rows[key].values())
        self.refresh_materialized_views()
        return failed

    def refresh_materialized_views(self) -> None:
        pending = sorted(k for k, v in self.catalog.views.items() if v.materialized)
        for _ in range(len(pending)):              # one that reads another needs that one populated first
            left = []
            for key in pending:
                try:
                    with self.conn.transaction():
                        self.conn.execute(sql.SQL("REFRESH MATERIALIZED VIEW {}").format(
                            sql.Identifier(key.schema, key.name)))
                except psycopg.Error:
                    left.append(key)
            if not left or left == pending:
                break
            pending = left

    # --- whose rows

    def victim_filter(self, key: ObjectKey, victims: tuple[str, ...]) -> sql.Composable | None:
        """SQL that is true for the rows of ``key`` that belong to ``victims`` (every row of a table
        nobody owns); None when that cannot be said."""
        how = self.owners.get(key)
        if how is None:
            return sql.SQL("true")
        if how.kind == "user":
            uids = sql.SQL(", ").join(sql.Literal(self.users[v]) for v in victims)
            return sql.SQL(" OR ").join(sql.SQL("{} IN ({})").format(sql.Identifier(c), uids) for c in how.columns)
        if how.kind == "tenant":
            columns = primary_key(self.catalog.tables[key], self.catalog)
            rows = [r for v in victims for r in self.rows.get(key, {}).get(v, [])]
            return self._in(columns, [[r[c] for c in columns] for r in rows]) if columns else None
        assert how.link is not None
        parents = [r for v in victims for r in self.rows.get(how.link.parent, {}).get(v, [])]
        return self._in(how.link.columns, [[r[c] for c in how.link.ref_columns] for r in parents])

    @staticmethod
    def _in(columns: tuple[str, ...], values: list[list[Any]]) -> sql.Composable:
        if not values or not columns:
            return sql.SQL("false")
        return sql.SQL("({}) IN ({})").format(
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.SQL("({})").format(sql.SQL(", ").join(map(sql.Literal, v))) for v in values))

    def snapshot(self, victims: tuple[str, ...]) -> dict[ObjectKey, dict[str, tuple[str, bool]]]:
        """As superuser: identity -> (row version, a victim's row?) of every row of every seeded table."""
        found: dict[ObjectKey, dict[str, tuple[str, bool]]] = {}
        for key in self.order:
            if key not in self.rows:
                continue
            where = self.victim_filter(key, victims)
            if where is None:
                continue
            pk = primary_key(self.catalog.tables[key], self.catalog)
            identity = (sql.SQL("ROW({})::text").format(sql.SQL(", ").join(map(sql.Identifier, pk))) if pk
                        else sql.SQL("ctid::text"))
            rows = self.conn.execute(sql.SQL("SELECT {}, xmin::text || ctid::text, coalesce({}, false) FROM {}").format(
                identity, where, sql.Identifier(key.schema, key.name))).fetchall()
            found[key] = {row[0]: (row[1], row[2]) for row in rows}
        return found

    def remove_victims(self, victims: tuple[str, ...]) -> None:
        """As superuser: delete the victims' rows of every owned table, children first."""
        for key in reversed(self.order):
            if key in self.owners and key in self.rows:
                where = self.victim_filter(key, victims)
                if where is not None:
                    self.conn.execute(sql.SQL("DELETE FROM {} WHERE {}").format(
                        sql.Identifier(key.schema, key.name), where))
        self.refresh_materialized_views()


def changes_between(before: dict[ObjectKey, dict[str, tuple[str, bool]]],
                    after: dict[ObjectKey, dict[str, tuple[str, bool]]]) -> dict[ObjectKey, tuple[int, int, int, int]]:
    """Table -> victim rows (deleted, changed, gained, moved away: still there, no longer a victim's)."""
    result = {}
    for key, old in before.items():
        new = after.get(key, {})
        old_victims = {k for k, (_, victim) in old.items() if victim}
        new_victims = {k for k, (_, victim) in new.items() if victim}
        deleted = len(old_victims - new.keys())
        moved = len((old_victims & new.keys()) - new_victims)
        changed = sum(1 for k in old_victims & new_victims if old[k][0] != new[k][0])
        gained = len(new_victims - old_victims)
        if deleted or changed or gained or moved:
            result[key] = (deleted, changed, gained, moved)
    return result
