"""Scratch databases: PostgreSQL canonicalizes the spec, the same introspector reads it back."""

from __future__ import annotations

import dataclasses
import logging
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING

import psycopg
from psycopg import sql

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog, ObjectKey
from pgdecl.dsn import mask, with_database
from pgdecl.errors import PgdeclError
from pgdecl.spec.names import aggregate_function_arguments, parse_signature

if TYPE_CHECKING:
    from pgdecl.spec import DDLStatement, Spec

log = logging.getLogger(__name__)

PRESETS = ("supabase",)


class SpecSQLError(PgdeclError):
    """PostgreSQL refused a statement rendered from the spec."""


def preset_sql(name: str) -> str:
    return (resources.files("pgdecl") / "presets" / f"{name}.sql").read_text(encoding="utf-8")


@contextmanager
def scratch_database(server_dsn: str) -> Iterator[str]:
    """A temporary database on the server of ``server_dsn``; dropped afterwards."""
    name = f"pgdecl_shadow_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        raise PgdeclError(f"cannot create a scratch database on {mask(server_dsn)}: {_pg_message(exc)} "
                          "(pgdecl needs CREATEDB there, or pass --shadow-url)") from None
    try:
        yield with_database(server_dsn, name)
    finally:
        try:
            with psycopg.connect(server_dsn, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        except psycopg.Error as exc:  # pragma: no cover - best effort cleanup
            log.warning("could not drop scratch database %s: %s", name, _pg_message(exc))


def _pg_message(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = diag.message_primary if diag is not None and diag.message_primary else str(exc).strip().splitlines()[0]
    return mask(primary)


def _error_detail(exc: psycopg.Error) -> str:
    text = _pg_message(exc)
    diag = getattr(exc, "diag", None)
    if diag is not None and diag.message_detail:
        text += f" ({mask(diag.message_detail)})"
    return text


# statements per round trip and transaction while building the desired state
BATCH_STATEMENTS = 250


def build_desired(conn: psycopg.Connection, statements: list[DDLStatement]) -> None:
    """Run the spec's DDL in the scratch database behind ``conn`` (in autocommit mode).

    Fast path: batches of BATCH_STATEMENTS statements, each one round trip and one
    transaction. A scratch database needs no atomicity, and a single transaction
    would hold a lock on every relation it creates until the end: a few thousand
    tables exhaust the server's lock table (max_locks_per_transaction). When
    PostgreSQL refuses a batch (rolled back whole), run what is left statement by
    statement, each in its own transaction, deferring failures until what they need
    exists, and report what still fails against its YAML position.
    """
    conn.execute("SET synchronous_commit = off")      # nothing here needs to survive a crash
    done = 0
    while done < len(statements):
        batch = statements[done:done + BATCH_STATEMENTS]
        try:
            with conn.transaction():
                conn.execute(";\n".join(s.sql for s in batch))  # type: ignore[arg-type]
        except psycopg.Error:
            break
        done += len(batch)
    pending = statements[done:]
    errors: dict[int, psycopg.Error] = {}
    while pending:
        deferred = []
        for stmt in pending:
            try:
                with conn.transaction():
                    conn.execute(stmt.sql)  # type: ignore[arg-type]
            except psycopg.Error as exc:
                errors[id(stmt)] = exc
                deferred.append(stmt)
        if len(deferred) == len(pending):
            first = deferred[0]
            raise SpecSQLError(f"{first.origin}: {first.what}: {_error_detail(errors[id(first)])}")
        pending = deferred


@dataclasses.dataclass(frozen=True, slots=True)
class Desired:
    catalog: Catalog
    # objects whose privileges the spec manages → the roles it manages on each
    grant_targets: dict[ObjectKey, frozenset[str]]
    # explicit rename hints (spec.renames): new key → the key the object had before
    renames: dict[ObjectKey, ObjectKey] = dataclasses.field(default_factory=dict)
    # (schema, creating role) pairs whose default privileges are managed ('' = global);
    # None: every entry (the desired side is a database)
    default_privilege_scopes: frozenset[tuple[str, str]] | None = frozenset()


def canonicalize(spec: Spec, server_dsn: str) -> Desired:
    """The desired state: the spec built in a scratch database on ``server_dsn`` and read back."""
    with scratch_database(server_dsn) as dsn, psycopg.connect(dsn, autocommit=True) as conn:
        if spec.preset:
            conn.execute(preset_sql(spec.preset))  # type: ignore[arg-type]
        from pgdecl.spec import render_ddl

        build_desired(conn, render_ddl(spec))
        catalog = introspect(conn, spec.managed_schemas)
        function_keys = _canonical_function_keys(conn, spec, catalog)
        function_keys.update(_canonical_function_keys(conn, spec, catalog, "aggregate"))
    return Desired(_finish(catalog, spec, function_keys), _grant_targets(spec, function_keys), dict(spec.renames),
                   spec.default_privilege_scopes)


_VARIADIC = re.compile(r"(?i)(^|, )VARIADIC ")


def _canonical_function_keys(conn: psycopg.Connection, spec: Spec, catalog: Catalog,
                             kind: str = "function") -> dict[ObjectKey, ObjectKey]:
    """Spec function (or aggregate) keys ('add(a int, b int)') → catalog keys
    ('add(a integer, b integer)').

    A name that is not overloaded maps directly; an overloaded one is resolved with
    to_regprocedure, which does not accept argument names (a key such as
    'f(s varchar)' of an overloaded f stays unmapped).
    """
    spec_keys = sorted(k for k in set(spec.origins) | set(spec.grant_targets) if k.kind == kind)
    if not spec_keys:
        return {}
    overloads: dict[tuple[str, str], list[ObjectKey]] = {}
    routines = catalog.aggregates if kind == "aggregate" else catalog.functions
    for key, routine in routines.items():
        overloads.setdefault((routine.schema, routine.name), []).append(key)
    mapped: dict[ObjectKey, ObjectKey] = {}
    ambiguous: list[ObjectKey] = []
    for key in spec_keys:
        candidates = overloads.get((key.schema, parse_signature(key.name).name), [])
        if len(candidates) == 1:
            mapped[key] = candidates[0]
        else:
            ambiguous.append(key)
    for key in ambiguous:
        name = key.name
        if kind == "aggregate":     # to_regprocedure takes a function's argument list
            signature = parse_signature(key.name)
            arguments = aggregate_function_arguments(signature.arguments)
            plain = _VARIADIC.sub(r"\1", arguments)
            name = f"{signature.name}({plain})"
        signature_text = f"{sql.Identifier(key.schema).as_string(None)}.{name}"
        try:
            with conn.transaction():
                row = conn.execute(
                    "SELECT n.nspname, p.proname, CASE WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*' "
                    "ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END "
                    "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE p.oid = pg_catalog.to_regprocedure(%s)", [signature_text]).fetchone()
        except psycopg.Error:
            row = None
        if row:
            mapped[key] = ObjectKey(kind, row[0], f"{row[1]}({row[2]})")
    return mapped


def _finish(catalog: Catalog, spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> Catalog:
    """Attach what only the spec knows: pinned extension versions, source positions."""
    extensions = {}
    for key, ext in catalog.extensions.items():
        wanted = spec.extensions.get(ext.name)
        if wanted is None:
            continue        # installed by the preset or as a dependency: not managed
        extensions[key] = dataclasses.replace(ext, version=wanted.version, origin=wanted.origin)
    catalog.extensions = extensions
    for kind in ("schema", "type", "sequence", "table", "constraint", "index", "view", "policy", "trigger", "function",
                 "aggregate"):
        objects = catalog.by_kind(kind)
        for spec_key, mark in spec.origins.items():
            if spec_key.kind != kind:
                continue
            key = function_keys.get(spec_key, spec_key)
            obj = objects.get(key)
            if obj is not None:
                objects[key] = dataclasses.replace(obj, origin=mark)  # type: ignore[type-var]
    for schema in spec.schemas.values():
        for type_spec in schema.types.values():
            type_key = ObjectKey("type", schema.name, type_spec.name)
            if type_spec.renamed_values and type_key in catalog.types:
                catalog.types[type_key] = dataclasses.replace(
                    catalog.types[type_key],
                    renamed_labels=tuple((old, new) for new, old in type_spec.renamed_values.items()))
    return catalog


def _grant_targets(spec: Spec, function_keys: dict[ObjectKey, ObjectKey]) -> dict[ObjectKey, frozenset[str]]:
    """The spec's grant targets (canonical function keys) and the roles managed on each."""
    return {function_keys.get(key, key): roles for key, roles in spec.grant_roles.items()}
