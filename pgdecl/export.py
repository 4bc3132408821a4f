"""export: the live schema of a database written back as a spec in the format users write."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import psycopg
import yaml
from psycopg.rows import dict_row

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import (
    Aggregate, Catalog, Column, Constraint, Function, Index, ObjectKey, Policy, Sequence, Table, Trigger, UserType, View,
)
from pgdecl.errors import PgdeclError
from pgdecl.spec.model import DEFAULT_PRIVILEGE_KINDS
from pgdecl.spec.names import SIMPLE_NAME, split_top_level

log = logging.getLogger(__name__)

# Schemas a Supabase project provides; not exported unless asked for by --schema.
SUPABASE_PLATFORM_SCHEMAS = frozenset({
    "auth", "storage", "extensions", "graphql", "graphql_public", "realtime", "supabase_functions",
    "supabase_migrations", "pgsodium", "pgsodium_masks", "vault", "net", "cron", "pgbouncer", "_realtime",
    "_analytics", "pgtle", "tiger", "topology",
})

Document = dict[str, Any]

SUPABASE_DEFAULT_GRANTEES = frozenset({"anon", "authenticated", "service_role"})


@dataclass
class Export:
    """The exported spec (a YAML-ready mapping) and what it could not express."""

    document: Document
    schemas: tuple[str, ...]
    warnings: list[str] = field(default_factory=list)

    def yaml(self) -> str:
        return dump_yaml(self.document)

    def by_schema(self) -> dict[str, Document]:
        """One document per schema (the first also carries version, preset and extensions)."""
        parts: dict[str, Document] = {}
        head = {k: v for k, v in self.document.items() if k != "schemas"}
        for schema, body in self.document.get("schemas", {}).items():
            part: Document = dict(head) if not parts else {"version": 1}
            if not parts and self.document.get("preset"):
                part["preset"] = self.document["preset"]
            part["schemas"] = {schema: body}
            parts[schema] = part
        if not parts:
            parts["_"] = head
        return parts

    def write(self, out: Path | None) -> list[Path]:
        """Write to ``out``: a directory (one file per schema), a file, or None (nothing, see yaml())."""
        if out is None:
            return []
        if out.suffix in (".yaml", ".yml"):
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(self.yaml(), encoding="utf-8")
            return [out]
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for index, (schema, document) in enumerate(self.by_schema().items()):
            path = out / f"{index:02d}_{_file_name(schema)}.yaml"
            path.write_text(dump_yaml(document), encoding="utf-8")
            written.append(path)
        return written


def _file_name(schema: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", schema) or "_"


# --- reading -------------------------------------------------------------------------

def _query(name: str) -> str:
    return (resources.files("pgdecl.catalog") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


@dataclass
class _Extras:
    functions: dict[tuple[str, str, str], dict[str, Any]]
    triggers: dict[tuple[str, str, str], dict[str, Any]]
    relations: dict[tuple[str, str], dict[str, Any]]
    supabase: bool
    # roles that ALTER DEFAULT PRIVILEGES (of the current user) gives privileges on new
    # objects, by (schema, pg_default_acl.defaclobjtype); schema '' = every schema
    default_grantees: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    current_user: str = ""


def _read_extras(conn: psycopg.Connection, schemas: list[str]) -> _Extras:
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SET LOCAL search_path = ''")

        def rows(name: str) -> list[dict[str, Any]]:
            cur.execute(_query(name), {"schemas": schemas})  # type: ignore[arg-type]
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
    return _Extras(functions, triggers, relations, supabase, dict(default_grantees), user)


_DEFAULT_GRANTEES = """
SELECT COALESCE(n.nspname, '') AS schema, d.defaclobjtype::text AS objtype,
       CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(x.grantee)::text END AS grantee
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x
WHERE d.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
  AND x.grantee <> d.defaclrole
"""
_DEFAULT_ACL_TYPE = {"table": "r", "view": "r", "sequence": "S", "function": "f"}


def _all_schemas(conn: psycopg.Connection) -> list[str]:
    return [row[0] for row in conn.execute(_query("schemas"), {"schemas": None}).fetchall()]


def export_database(dsn: str, schemas: tuple[str, ...] = ()) -> Export:
    """Read the database behind ``dsn`` and turn it into a spec document.

    Without ``schemas`` every non-system schema is exported, except the platform
    schemas of a Supabase project (auth, storage, extensions, ...).
    """
    from pgdecl.engine import connect, read_only

    with connect(dsn, autocommit=True) as conn:
        read_only(conn)
        supabase = conn.execute("SELECT to_regclass('auth.users') IS NOT NULL "
                                "AND to_regclass('storage.objects') IS NOT NULL").fetchone()[0]  # type: ignore[index]
        if schemas:
            chosen = sorted(set(schemas))
        else:
            chosen = [s for s in _all_schemas(conn) if not (supabase and s in SUPABASE_PLATFORM_SCHEMAS)]
        catalog = introspect(conn, chosen)
        missing = sorted(set(chosen) - {key.name for key in catalog.schemas})
        if missing:
            raise PgdeclError(f"no such schema: {', '.join(missing)}")
        extras = _read_extras(conn, chosen)
    return Exporter(catalog, extras).run()


# --- turning a catalog into a document ------------------------------------------------------

def quote_name(name: str) -> str:
    """A name as a spec value that names something (``references``, ``owned_by``, keys of functions)."""
    return name if SIMPLE_NAME.fullmatch(name) else '"' + name.replace('"', '""') + '"'


_DEFERRAL = re.compile(r"( DEFERRABLE)?( INITIALLY DEFERRED)?$")
_FK_ACTION = r"(CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION)"


class Unexpressible(Exception):
    """Catalog text the spec format cannot express exactly."""


class Exporter:
    def __init__(self, catalog: Catalog, extras: _Extras) -> None:
        self.catalog = catalog
        self.extras = extras
        self.warnings: list[str] = []
        self.privileges: dict[ObjectKey, list] = defaultdict(list)
        for privilege in catalog.privileges.values():
            self.privileges[privilege.target].append(privilege)
        self.grantees = self.all_grantees()

    def warn(self, message: str) -> None:
        log.warning("export: %s", message)
        self.warnings.append(message)

    def run(self) -> Export:
        document: Document = {"version": 1}
        if self.extras.supabase:
            document["preset"] = "supabase"
        extensions = {}
        for ext in sorted(self.catalog.extensions.values(), key=lambda e: e.name):
            extensions[ext.name] = {"schema": ext.schema, "version": ext.version}
        if extensions:
            document["extensions"] = extensions
        defaults = self.default_privileges("")
        if defaults:
            document["default_privileges"] = defaults
        schemas: Document = {}
        for key in sorted(self.catalog.schemas):
            schemas[key.name] = self.schema(key.name)
        document["schemas"] = schemas
        for unmanaged in self.catalog.unmanaged:
            self.warn(f"{unmanaged.describe()}: not managed by pgdecl, not exported")
        return Export(document, tuple(schemas), self.warnings)

    # schemas ------------------------------------------------------------------------
    def schema(self, name: str) -> Document | None:
        schema = self.catalog.schemas[ObjectKey("schema", name, name)]
        body: Document = {}
        if schema.comment is not None:
            body["comment"] = schema.comment
        if self.grantees:
            body["grantees"] = sorted(self.grantees)
        self.grants(body, schema.key, "schema")
        in_schema = lambda objects: sorted((o for o in objects.values() if o.schema == name),  # noqa: E731
                                           key=lambda o: o.key)
        types = {t.name: self.user_type(t) for t in self.ordered_types(name)}
        sequences = {s.name: self.sequence(s) or {} for s in in_schema(self.catalog.sequences)}
        functions = {}
        for function in in_schema(self.catalog.functions):
            entry = self.function(function)
            if entry is not None:
                functions[entry[0]] = entry[1]
        aggregates = dict(self.aggregate(aggregate) for aggregate in in_schema(self.catalog.aggregates))
        tables = {}
        for table in in_schema(self.catalog.tables):
            tables[table.name] = self.table(table)
        views = {view.name: self.view(view) for view in self.ordered_views(name)}
        for key, value in (("default_privileges", self.default_privileges(name)), ("types", types),
                           ("sequences", sequences), ("functions", functions), ("aggregates", aggregates),
                           ("tables", tables), ("views", views)):
            if value:
                body[key] = value
        return body or None

    # grants -------------------------------------------------------------------------
    def all_grantees(self) -> frozenset[str]:
        """Every role holding a privilege on an object of the exported schemas, or that default
        privileges give something: written as each schema's ``grantees``, so that a privilege
        of theirs the spec does not list is revoked (a stray GRANT after adoption). Not the
        exporting role: it creates (and so owns) what a plan adds, and REVOKE ALL FROM it would
        take its owner's privileges away."""
        roles = {"public" if p.grantee == "PUBLIC" else p.grantee for p in self.catalog.privileges.values()}
        for grantees in self.extras.default_grantees.values():
            roles |= grantees
        return frozenset(roles - {self.extras.current_user})

    def grants(self, body: Document, target: ObjectKey, kind: str) -> None:
        held = self.privileges.get(target, [])
        by_role: dict[str, list] = defaultdict(list)
        for privilege in held:
            if privilege.grantable:
                self.warn(f"{target}: WITH GRANT OPTION to {privilege.grantee} is exported as a plain grant")
            by_role["public" if privilege.grantee == "PUBLIC" else privilege.grantee].append(privilege)
        objtype = _DEFAULT_ACL_TYPE.get(kind)
        if objtype is not None:
            # a role that default privileges would give something to, but that holds nothing
            # here, is named with an empty list: the spec then revokes what the defaults give
            for role in self.extras.default_grantees.get((target.schema, objtype), set()) | \
                    self.extras.default_grantees.get(("", objtype), set()):
                by_role.setdefault(role, [])
        if kind == "schema" and target.name == "public" and "public" not in by_role:
            by_role["public"] = []      # PostgreSQL gives PUBLIC USAGE on schema public; it was revoked
        if kind == "function":
            public = by_role.get("public", [])
            if [p.privilege for p in public] == ["EXECUTE"] and len(by_role) == 1:
                return                  # the built-in default: EXECUTE to PUBLIC only
            if not public:
                by_role["public"] = []  # REVOKE EXECUTE ... FROM PUBLIC
        # a role of the schema's `grantees` holds nothing where it is not listed (but PUBLIC
        # EXECUTE on a function: `public: []` stays)
        by_role = defaultdict(list, {role: items for role, items in by_role.items()
                                     if items or role not in self.grantees or (kind, role) == ("function", "public")})
        if not by_role:
            return
        grants: Document = {}
        for role in sorted(by_role):
            whole = sorted({p.privilege.lower() for p in by_role[role] if not p.column})
            columns: dict[str, list[str]] = defaultdict(list)
            for p in by_role[role]:
                if p.column:
                    columns[p.privilege.lower()].append(p.column)
            items: list[Any] = list(whole)
            items += [{priv: sorted(cols)} for priv, cols in sorted(columns.items())]
            grants[role] = items
        body["grants"] = grants

    def default_privileges(self, schema: str) -> Document:
        """The entries of ``schema`` ('' = the global ones), by creating role then kind. A global
        entry is written as its difference from the built-in defaults (a grantee holding what
        they give is left out; one holding less is listed, with [] for nothing); a schema
        entry lists everything it adds."""
        by_role: Document = {}
        entries = sorted((e for e in self.catalog.default_privileges.values() if e.schema == schema),
                         key=lambda e: (e.role, DEFAULT_PRIVILEGE_KINDS.index(e.kind)))
        for entry in entries:
            if any(grantable for _, _, grantable in entry.grants):
                self.warn(f"{entry.key}: WITH GRANT OPTION is exported as a plain grant")
            held: dict[str, set[str]] = defaultdict(set)
            for grantee, privilege, _ in entry.grants:
                held[grantee].add(privilege)
            builtin: dict[str, set[str]] = defaultdict(set)
            for grantee, privilege, _ in entry.builtin:
                builtin[grantee].add(privilege)
            grants = {("public" if grantee == "PUBLIC" else grantee): sorted(p.lower() for p in held[grantee])
                      for grantee in sorted(held.keys() | builtin.keys()) if held[grantee] != builtin[grantee]}
            if grants:
                by_role.setdefault(entry.role, {})[entry.kind] = grants
        return by_role

    # types --------------------------------------------------------------------------
    def ordered_types(self, schema: str) -> list[UserType]:
        """Types of ``schema``: enums, then the others with each after the types it uses (ties by name)."""
        types = {key: t for key, t in self.catalog.types.items() if t.schema == schema}
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(types)
        for dep in self.catalog.dependencies:
            if dep.dependent in types and dep.referenced in types and dep.dependent != dep.referenced:
                graph.add_edge(dep.referenced, dep.dependent)
        order = nx.lexicographical_topological_sort(graph, key=lambda k: (types[k].kind != "enum", k.name))
        return [types[key] for key in order]

    def user_type(self, user_type: UserType) -> Document:
        body: Document = {}
        if user_type.kind == "enum":
            body["enum"] = list(user_type.labels)
        elif user_type.kind == "composite":
            body["composite"] = {a.name: a.type + (f" COLLATE {a.collation}" if a.collation else "")
                                 for a in user_type.attributes}
        else:
            body["domain"] = user_type.base_type + (f" COLLATE {user_type.collation}" if user_type.collation else "")
            if user_type.default is not None:
                body["default"] = user_type.default
            if user_type.not_null:
                body["not_null"] = True
            constraints = {}
            for constraint in user_type.constraints:
                text = constraint.definition
                if text.endswith(" NOT VALID"):
                    self.warn(f"{user_type.key}: constraint {constraint.name} is exported as valid (NOT VALID dropped)")
                    text = text[: -len(" NOT VALID")]
                if not (text.startswith("CHECK (") and text.endswith(")")):
                    self.warn(f"{user_type.key}: constraint {constraint.name} {text!r} is not exported")
                    continue
                constraints[constraint.name] = text[len("CHECK ("):-1]
            if constraints:
                body["constraints"] = constraints
        if user_type.comment is not None:
            body["comment"] = user_type.comment
        return body

    # sequences ----------------------------------------------------------------------
    _TYPE_RANGE = {"smallint": 2**15 - 1, "integer": 2**31 - 1, "bigint": 2**63 - 1}

    def sequence(self, seq: Sequence) -> Document | None:
        body: Document = {}
        top = self._TYPE_RANGE.get(seq.data_type, 2**63 - 1)
        ascending = seq.increment > 0
        min_default, max_default = (1, top) if ascending else (-top - 1, -1)
        start_default = min_default if ascending else max_default
        if seq.data_type != "bigint":
            body["type"] = seq.data_type
        for key, value, default in (("start", seq.start, start_default), ("increment", seq.increment, 1),
                                    ("min_value", seq.min_value, min_default),
                                    ("max_value", seq.max_value, max_default), ("cache", seq.cache, 1)):
            if value != default:
                body[key] = value
        if seq.cycle:
            body["cycle"] = True
        if seq.owned_by:
            schema, table, column = seq.owned_by
            parts = [table, column] if schema == seq.schema else [schema, table, column]
            body["owned_by"] = ".".join(quote_name(p) for p in parts)
        if seq.comment is not None:
            body["comment"] = seq.comment
        self.grants(body, seq.key, "sequence")
        return body or None

    # functions ----------------------------------------------------------------------
    def function(self, fn: Function) -> tuple[str, Document] | None:
        extra = self.extras.functions.get((fn.schema, fn.name, fn.identity_args))
        if extra is None or extra["external"] or fn.language in ("c", "internal"):
            self.warn(f"{fn.key}: {fn.language} functions are not exported")
            return None
        key = f"{quote_name(fn.name)}({fn.arguments})"
        body: Document = {}
        if fn.kind == "procedure":
            body["kind"] = "procedure"
        else:
            body["returns"] = fn.result
        body["language"] = fn.language
        if extra["sql_body"] is not None:
            body["body"] = extra["sql_body"]
        else:
            body["body"] = extra["source"]
        if fn.kind != "procedure":
            if fn.volatility != "volatile":
                body["volatility"] = fn.volatility
            if extra["strict"]:
                body["strict"] = True
            if extra["leakproof"]:
                body["leakproof"] = True
            if extra["parallel"] != "u":
                body["parallel"] = {"s": "safe", "r": "restricted"}[extra["parallel"]]
            default_cost = 1 if fn.language in ("c", "internal") else 100
            if extra["cost"] != default_cost:
                body["cost"] = _integer(extra["cost"], fn.key, "cost", self)
            if extra["retset"] and extra["rows"] != 1000:
                body["rows"] = _integer(extra["rows"], fn.key, "rows", self)
        if fn.security_definer:
            body["security"] = "definer"
        if fn.config:
            body["set"] = dict(_setting(entry) for entry in fn.config)
        if fn.comment is not None:
            body["comment"] = fn.comment
        self.grants(body, fn.key, "function")
        return key, body

    # aggregates ----------------------------------------------------------------------
    def aggregate(self, agg: Aggregate) -> tuple[str, Document]:
        """An aggregate as spec keys; options at PostgreSQL's defaults are left out."""
        body: Document = {}
        if agg.kind == "hypothetical":
            body["kind"] = "hypothetical"
        body["sfunc"] = agg.sfunc
        body["stype"] = agg.stype
        default_modify = "read_only" if agg.kind == "normal" else "read_write"
        optional: list[tuple[str, Any, Any]] = [
            ("sspace", agg.sspace, 0), ("finalfunc", agg.finalfunc, None),
            ("finalfunc_extra", agg.finalfunc_extra, False),
            ("finalfunc_modify", agg.finalfunc_modify, default_modify),
            ("combinefunc", agg.combinefunc, None), ("serialfunc", agg.serialfunc, None),
            ("deserialfunc", agg.deserialfunc, None), ("initcond", agg.initcond, None),
            ("msfunc", agg.msfunc, None), ("minvfunc", agg.minvfunc, None), ("mstype", agg.mstype, None),
            ("msspace", agg.msspace, 0), ("mfinalfunc", agg.mfinalfunc, None),
            ("mfinalfunc_extra", agg.mfinalfunc_extra, False),
            ("mfinalfunc_modify", agg.mfinalfunc_modify, default_modify), ("minitcond", agg.minitcond, None),
        ]
        for name, value, default in optional:
            if value == default:
                continue
            needs = {"finalfunc_modify": "finalfunc", "mfinalfunc_modify": "mfinalfunc"}.get(name)
            if needs is not None and getattr(agg, needs) is None:
                self.warn(f"{agg.key}: {name} {value} without {needs} is not exported")
                continue
            body[name] = value
        if agg.sortop is not None:
            schema, _, operator = agg.sortop.rpartition(".")
            body["sortop"] = operator if schema == "pg_catalog" else f"{quote_name(schema)}.{operator}"
        if agg.parallel != "unsafe":
            body["parallel"] = agg.parallel
        if agg.comment is not None:
            body["comment"] = agg.comment
        self.grants(body, agg.key, "function")
        return f"{quote_name(agg.name)}({agg.identity_args})", body

    # tables ------------------------------------------------------------------------
    def table(self, table: Table) -> Document:
        # inheritance is named in catalog.unmanaged
        body: Document = {}
        if table.partition_of is not None:
            # its columns are the parent's; what it inherits (constraints, indexes) is not listed
            parent = table.partition_of
            body["partition_of"] = {"table": parent.name, "bounds": table.partition_bound}
            if parent.schema != table.schema:
                body["partition_of"] = {"table": parent.name, "schema": parent.schema, "bounds": table.partition_bound}
            for column in table.columns:
                if column.comment is not None:
                    self.warn(f"{table.key}: the comment on partition column {column.name} is not exported")
        else:
            body["columns"] = {c.name: self.column(c) for c in table.columns}
        if table.partition_by is not None:
            body["partition_by"] = table.partition_by
        if table.unlogged:
            body["unlogged"] = True
        if table.options:
            body["with"] = dict(option.partition("=")[::2] for option in table.options)
        constraints = {}
        for con in sorted((c for c in self.catalog.constraints.values()
                           if (c.schema, c.table) == (table.schema, table.name)), key=lambda c: c.name):
            constraints[con.name] = self.constraint(con)
        if constraints:
            body["constraints"] = constraints
        indexes = self.indexes(table.schema, table.name)
        if indexes:
            body["indexes"] = indexes
        if table.rls_forced:
            body["row_level_security"] = {"enabled": table.rls_enabled, "force": True}
        elif table.rls_enabled:
            body["row_level_security"] = True
        policies = {p.name: self.policy(p) for p in sorted(
            (p for p in self.catalog.policies.values() if (p.schema, p.table) == (table.schema, table.name)),
            key=lambda p: p.name)}
        if policies:
            body["policies"] = policies
        triggers = self.triggers(table.schema, table.name)
        if triggers:
            body["triggers"] = triggers
        if table.replica_identity_index is not None:
            body["replica_identity"] = {"index": table.replica_identity_index}
        elif table.replica_identity != "default":
            body["replica_identity"] = table.replica_identity
        self.grants(body, table.key, "table")
        if table.comment is not None:
            body["comment"] = table.comment
        return body

    def column(self, column: Column) -> Any:
        type_ = column.type + (f" COLLATE {column.collation}" if column.collation else "")
        storage = {"statistics": column.statistics, "storage": column.storage, "compression": column.compression}
        if column.comment is None and not any(value is not None for value in storage.values()):
            return column_shorthand(column)
        body: Document = {"type": type_}
        if column.not_null and not column.identity:
            body["not_null"] = True
        if column.default is not None:
            body["default"] = column.default
        if column.identity:
            body["identity"] = column.identity
        if column.generated is not None:
            body["generated"] = column.generated
            if column.virtual:
                body["virtual"] = True
        body.update((key, value) for key, value in storage.items() if value is not None)
        if column.comment is not None:
            body["comment"] = column.comment
        return body

    def constraint(self, con: Constraint) -> Document:
        try:
            body = constraint_body(con)
        except Unexpressible as exc:
            self.warn(f"{con.key}: {exc}")
            body = {"check": "true"}
        if con.comment is not None:
            body["comment"] = con.comment
        return body

    def indexes(self, schema: str, relation: str) -> Document:
        found = sorted((i for i in self.catalog.indexes.values() if (i.schema, i.table) == (schema, relation)),
                       key=lambda i: i.name)
        result: Document = {}
        for index in found:
            body = index_body(index)
            if index.comment is not None:
                body["comment"] = index.comment
            result[index.name] = body
        return result

    def policy(self, policy: Policy) -> Document:
        body: Document = {}
        if policy.command != "all":
            body["for"] = policy.command
        if policy.roles != ("public",):
            body["to"] = ["public" if r == "public" else r for r in policy.roles]
        if not policy.permissive:
            body["as"] = "restrictive"
        if policy.using is not None:
            body["using"] = policy.using
        if policy.check is not None:
            body["with_check"] = policy.check
        if policy.comment is not None:
            body["comment"] = policy.comment
        return body

    def triggers(self, schema: str, table: str) -> Document:
        result: Document = {}
        for trigger in sorted((t for t in self.catalog.triggers.values() if (t.schema, t.table) == (schema, table)),
                              key=lambda t: t.name):
            extra = self.extras.triggers[(schema, table, trigger.name)]
            result[trigger.name] = self.trigger(trigger, extra)
        return result

    def trigger(self, trigger: Trigger, extra: dict[str, Any]) -> Document:
        if trigger.enabled != "O":
            self.warn(f"{trigger.key}: ENABLE/DISABLE state {trigger.enabled!r} is not exported")
        if extra["has_from"]:
            self.warn(f"{trigger.key}: constraint trigger FROM clause is not exported")
        definition = trigger.definition
        call = definition.rsplit(" EXECUTE FUNCTION ", 1)[1]
        if extra["function_schema"] == "pg_catalog" and not call.startswith("pg_catalog."):
            # pg_get_triggerdef leaves built-ins unqualified; the spec resolves an
            # unqualified trigger function in the table's schema
            call = "pg_catalog." + call
        body: Document = {"timing": extra["timing"], "events": list(extra["events"]), "function": call}
        if extra["for_each"] != "row":
            body["for_each"] = extra["for_each"]
        if extra["of"]:
            body["of"] = list(extra["of"])
        marker = f" FOR EACH {extra['for_each'].upper()} WHEN ("
        if marker in definition:
            when = definition.split(marker, 1)[1].rsplit(" EXECUTE FUNCTION ", 1)[0]
            body["when"] = when[:-1]        # drop the ")" closing "WHEN ("
        if extra["old_table"] or extra["new_table"]:
            body["referencing"] = {k: extra[k] for k in ("old_table", "new_table") if extra[k]}
        if extra["constraint"]:
            body["constraint"] = True
            if extra["deferrable"]:
                body["deferrable"] = True
            if extra["initially_deferred"]:
                body["initially_deferred"] = True
        if trigger.comment is not None:
            body["comment"] = trigger.comment
        return body

    # views -------------------------------------------------------------------------
    def ordered_views(self, schema: str) -> list[View]:
        """Views of ``schema`` with every view after the views it reads (ties by name)."""
        views = {key: view for key, view in self.catalog.views.items() if view.schema == schema}
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(views)
        for dep in self.catalog.dependencies:
            if dep.dependent in views and dep.referenced in views and dep.dependent != dep.referenced:
                graph.add_edge(dep.referenced, dep.dependent)
        return [views[key] for key in nx.lexicographical_topological_sort(graph)]

    def view(self, view: View) -> Document:
        body: Document = {}
        if view.materialized:
            body["materialized"] = True
            relation = self.extras.relations.get((view.schema, view.name), {})
            if relation and not relation.get("populated", True):
                body["with_data"] = False
        options = dict(view.options)
        for option in ("security_invoker", "security_barrier"):
            if option in options:
                body[option] = options.pop(option) == "true"
        if options:
            self.warn(f"{view.key}: view options {sorted(options)} are not exported")
        if view.check_option:
            body["check_option"] = view.check_option
        body["query"] = view.definition.strip().rstrip(";")
        indexes = self.indexes(view.schema, view.name) if view.materialized else {}
        if indexes:
            body["indexes"] = indexes
        self.grants(body, view.key, "table")
        if view.comment is not None:
            body["comment"] = view.comment
        return body


def _integer(value: float, key: ObjectKey, what: str, exporter: Exporter) -> int:
    if value != int(value):
        exporter.warn(f"{key}: {what} {value} rounded to an integer")
    return int(value)


def _setting(entry: str) -> tuple[str, str]:
    """proconfig ``search_path="$user", public`` → (``search_path``, ``$user, public``)."""
    name, _, value = entry.partition("=")
    if value == '""':
        return name, ""
    parts = []
    for part in split_top_level(value):
        part = part.strip()
        if len(part) >= 2 and part.startswith('"') and part.endswith('"'):
            part = part[1:-1].replace('""', '"')
        parts.append(part)
    return name, ", ".join(parts)


def column_shorthand(column: Column) -> str:
    """The column as the shorthand string: ``text[] not null default '{}'::text[]``."""
    words = [column.type]
    if column.collation:
        words.append(f"collate {column.collation}")
    if column.identity:
        words.append(f"generated {column.identity} as identity")
    if column.generated is not None:
        words.append(f"generated always as ({column.generated}) {'virtual' if column.virtual else 'stored'}")
    if column.not_null:
        words.append("not null")
    if column.default is not None:
        words.append(f"default {column.default}")
    return " ".join(words)


def constraint_body(con: Constraint) -> Document:
    """A table constraint as spec keys, from pg_get_constraintdef."""
    text = con.definition
    body: Document = {}
    if text.endswith(" NOT VALID"):
        body["not_valid"] = True
        text = text[: -len(" NOT VALID")]
    deferral = _DEFERRAL.search(text)
    assert deferral is not None
    if deferral.group(0):
        text = text[: deferral.start()]
    deferrable, initially_deferred = bool(deferral.group(1)), bool(deferral.group(2))
    if con.kind == "c":
        if text.endswith(" NO INHERIT"):
            body["no_inherit"] = True
            text = text[: -len(" NO INHERIT")]
        if not (text.startswith("CHECK (") and text.endswith(")")):
            raise Unexpressible(f"unexpected check definition {con.definition!r}")
        body = {"check": text[len("CHECK ("):-1], **body}
    elif con.kind in ("p", "u"):
        word = "PRIMARY KEY" if con.kind == "p" else "UNIQUE"
        rest = text[len(word):]
        entry: Document = {"primary_key" if con.kind == "p" else "unique": list(con.columns)}
        if rest.startswith(" NULLS NOT DISTINCT"):
            entry["nulls_not_distinct"] = True
        include = re.search(r" INCLUDE \((.*)\)$", rest)
        if include:
            entry["include"] = [_unquote(n) for n in split_top_level(include.group(1))]
        if re.search(r" WITH \(| USING INDEX TABLESPACE ", rest):
            raise Unexpressible(f"index parameters of {con.definition!r} are not exported")
        body = {**entry, **body}
    elif con.kind == "f":
        assert con.ref_table is not None
        reference: Document = {"table": con.ref_table.name}
        if con.ref_table.schema != con.schema:
            reference["schema"] = con.ref_table.schema
        reference["columns"] = list(con.ref_columns)
        match = re.search(r" MATCH (FULL|PARTIAL)", text)
        if match:
            if match.group(1) == "PARTIAL":
                raise Unexpressible("MATCH PARTIAL")
            reference["match"] = "full"
        for word, key in (("DELETE", "on_delete"), ("UPDATE", "on_update")):
            found = re.search(rf" ON {word} {_FK_ACTION}( \()?", text)
            if found:
                if found.group(2):
                    raise Unexpressible(f"ON {word} ... (column list) of {con.definition!r}")
                reference[key] = found.group(1).lower()
        body = {"foreign_key": list(con.columns), "references": reference, **body}
    elif con.kind == "x":
        body = {"exclude": text[len("EXCLUDE "):], **body}
    else:  # pragma: no cover - the catalog lists p u f c x only
        raise Unexpressible(f"constraint kind {con.kind!r}")
    if deferrable:
        body["deferrable"] = True
    if initially_deferred:
        body["initially_deferred"] = True
    return body


def _unquote(name: str) -> str:
    name = name.strip()
    if name.startswith('"') and name.endswith('"'):
        return name[1:-1].replace('""', '"')
    return name


_INDEX_TAIL = re.compile(r"^USING (?P<method>\w+) \((?P<elements>.*?)\)(?P<rest>.*)$", re.DOTALL)


def index_body(index: Index) -> Document:
    """The simplest exact encoding of an index: columns when the keys are plain columns,
    else the raw ``definition:`` (everything after the table name in pg_get_indexdef)."""
    tail = _index_tail(index.shape, index.name)     # storage parameters apart: `with:`
    body: Document = {}
    if index.unique:
        body["unique"] = True
    parsed = _INDEX_TAIL.match(tail)
    if parsed:
        elements = [e.strip() for e in split_top_level(parsed["elements"])]
        rest = parsed["rest"]
        where = None
        if rest.startswith(" WHERE (") and rest.endswith(")"):
            where, rest = rest[len(" WHERE ("):-1], ""
        plain = all(re.fullmatch(r"[a-z_][a-z0-9_$]*", e) for e in elements) and \
            list(index.columns) == elements
        if plain and not rest:
            if parsed["method"] != "btree":
                body["using"] = parsed["method"]
            body["columns"] = elements
            if index.options:
                body["with"] = dict(option.partition("=")[::2] for option in index.options)
            if where is not None:
                body["where"] = where
            return body
    body["definition"] = _index_tail(index.definition, index.name)
    return body


def _index_tail(definition: str, name: str) -> str:
    """``USING btree (a) WITH (…) WHERE (…)``: what follows the table in pg_get_indexdef."""
    on = definition.index(" ON ", len("CREATE INDEX ") + len(name))
    return definition[definition.index(" USING ", on) + 1:]


# --- YAML ----------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    flow = all(isinstance(item, str) and "\n" not in item and len(item) < 60 for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump_yaml(document: Document) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000,
                     default_flow_style=False)
