"""Read a live database into a Catalog: one set-based query per object kind (queries/*.sql)."""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import pq, sql
from psycopg.rows import dict_row

from pgdecl.perf import paused_gc
from pgdecl.catalog.model import (
    POLICY_COMMANDS,
    COLLATION_PROVIDERS,
    Aggregate,
    Operator,
    ForeignDataWrapper,
    Server,
    UserMapping,
    ForeignColumn,
    ForeignTable,
    OperatorClass,
    OperatorFamily,
    Cast,
    Catalog,
    Collation,
    Column,
    Constraint,
    DefaultPrivileges,
    Dependency,
    Extension,
    IdentityOptions,
    Function,
    KINDS,
    Index,
    ObjectKey,
    Policy,
    Privilege,
    EventTrigger,
    Publication,
    Rule,
    PublicationTable,
    QualifiedName,
    Schema,
    Sequence,
    Statistics,
    Table,
    TextSearchConfiguration,
    TextSearchDictionary,
    TYPE_KINDS,
    parse_dictionary_options,
    DomainConstraint,
    Trigger,
    TypeAttribute,
    UnmanagedObject,
    UserType,
    View,
)

log = logging.getLogger(__name__)

# Run in this order; "schemas" first because with schemas=None its result is the
# list of managed schemas every later query is given.
QUERY_FILES: tuple[str, ...] = (
    "schemas", "extensions", "collations", "foreign_data_wrappers", "servers", "user_mappings", "types", "sequences",
    "tables", "constraints", "indexes", "functions", "aggregates", "operators", "operator_families",
    "operator_classes", "foreign_tables", "triggers", "views", "policies", "statistics",
    "text_search_dictionaries", "text_search_configurations", "privileges", "default_privileges", "dependencies",
    "unmanaged", "cast_paths", "publications", "event_triggers", "rules", "casts",
)

_VERSIONED = re.compile(r"^(?P<kind>[a-z_]+)\.pg(?P<major>\d+)\.sql$")

@lru_cache(maxsize=None)
def _query_variants(kind: str) -> tuple[tuple[int, str], ...]:
    """(minimum major version, file name) of every file for ``kind``, newest first.

    ``<kind>.sql`` serves every supported version (minimum 0); a file named
    ``<kind>.pg<N>.sql`` replaces it on PostgreSQL N and later.
    """
    folder = resources.files("pgdecl.catalog") / "queries"
    variants = [(0, f"{kind}.sql")]
    for entry in folder.iterdir():
        match = _VERSIONED.match(entry.name)
        if match and match["kind"] == kind:
            variants.append((int(match["major"]), entry.name))
    return tuple(sorted(variants, reverse=True))


@lru_cache(maxsize=None)
def _read_query(file_name: str) -> str:
    return (resources.files("pgdecl.catalog") / "queries" / file_name).read_text(encoding="utf-8")


def query_file(kind: str, server_version: int) -> str:
    """Name of the query file used for ``kind`` on a server with this server_version_num."""
    major = server_version // 10000
    for minimum, file_name in _query_variants(kind):
        if major >= minimum:
            return file_name
    raise LookupError(f"no query file for {kind!r}")  # unreachable: <kind>.sql has minimum 0


def introspect(conn: psycopg.Connection[Any], schemas: Iterable[str] | None = None, *,
               skip: frozenset[str] = frozenset()) -> Catalog:
    """Read the catalog of the database behind ``conn``.

    ``schemas`` names the managed schemas; None means every non-system schema.
    All queries run in one read-only transaction (a savepoint when ``conn`` is
    already inside a transaction) with ``search_path = ''`` so that every name
    PostgreSQL prints is schema-qualified. The transaction or savepoint is rolled
    back afterwards: the connection is left as it was found. The kinds (of QUERY_FILES)
    in ``skip`` are not read and stay empty (export reads no dependencies nor cast paths).
    """
    status = conn.info.transaction_status
    if status not in (pq.TransactionStatus.IDLE, pq.TransactionStatus.INTRANS):
        raise psycopg.InterfaceError(
            f"cannot introspect: connection transaction status is {status.name}, expected IDLE or INTRANS")
    requested = None if schemas is None else sorted(set(schemas))
    catalog = Catalog(server_version=conn.info.server_version)

    with paused_gc(), conn.transaction(force_rollback=True):
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute("SET LOCAL search_path = ''")
            schema_rows = _rows(cur, _send(cur, "schemas", catalog.server_version, requested))
        managed = [row["name"] for row in schema_rows]
        _fill_schemas(catalog, schema_rows)
        # The other queries in one pipeline: the server runs each as soon as the one
        # before is done, while the rows of that one are turned into objects here.
        with _pipeline(conn):
            sent = [(kind, conn.cursor(row_factory=dict_row)) for kind in QUERY_FILES[1:] if kind not in skip]
            files = [_send(cur, kind, catalog.server_version, managed) for kind, cur in sent]
            for (kind, cur), file_name in zip(sent, files):
                with cur:
                    _FILLERS[kind](catalog, _each_row(cur, file_name))
    return catalog


# Catalogs whose rows change without the schema changing: planner statistics (ANALYZE),
# large objects (data), logical replication progress.
TOKEN_EXCLUDED = frozenset({"pg_statistic", "pg_statistic_ext_data", "pg_largeobject",
                            "pg_largeobject_metadata", "pg_subscription_rel"})
# Session settings that change the text PostgreSQL parses spec SQL into or deparses a
# catalog as (pg_get_expr, pg_get_viewdef, …): constants (dates, times, intervals,
# floats, bytea, money, arrays), quoting, ``x = NULL``, unqualified names. One list for
# the two caches keyed by them: the catalog token below and the desired state's key
# (``deparse_settings``, ``pgdecl.cache.key``). Read with ``current_setting(name, true)``:
# a name a server does not know reads as NULL.
DEPARSE_SETTINGS = ("server_version_num", "DateStyle", "IntervalStyle", "TimeZone", "timezone_abbreviations",
                    "extra_float_digits", "bytea_output", "standard_conforming_strings", "quote_all_identifiers",
                    "array_nulls", "transform_null_equals", "search_path", "lc_monetary", "lc_numeric",
                    "server_encoding", "client_encoding")


def _settings_sql() -> sql.Composed:
    return sql.SQL(", ").join(sql.SQL("pg_catalog.current_setting({}, true)").format(sql.Literal(name))
                              for name in DEPARSE_SETTINGS)


# which server (not which database): what a scratch database is built on; None when the role
# may not run pg_control_system()
_MAY_IDENTIFY_SQL = sql.SQL("pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')")
_SERVER_IDENTITY_SQL = (
    "SELECT pg_catalog.concat_ws(' ', s.system_identifier, pg_catalog.pg_postmaster_start_time(), "
    "pg_catalog.inet_server_addr(), pg_catalog.inet_server_port(), pg_catalog.current_setting('port')) "
    "FROM pg_catalog.pg_control_system() s")


def deparse_settings(conn: psycopg.Connection[Any]) -> tuple[tuple[str, str | None], ...]:
    """(name, value) of each of ``DEPARSE_SETTINGS`` in ``conn``'s session, and last the
    server's identity as ``server_identity`` (one query): what, besides the server's
    version, canonical text depends on, and which server made it (a desired state
    is reused only from the same one: ``pgdecl.cache``; None when the role may not run
    pg_control_system()). Two queries when it may."""
    row = conn.execute(sql.SQL("SELECT {}, {}").format(_settings_sql(), _MAY_IDENTIFY_SQL)).fetchone()
    assert row is not None
    identity = None
    if row[-1]:
        found = conn.execute(_SERVER_IDENTITY_SQL).fetchone()
        client = f"{conn.info.host} {conn.info.hostaddr} {conn.info.port}"    # the address the client reached
        identity = f"{found[0]} {client}" if found else None
    return (*zip(DEPARSE_SETTINGS, row[:-1]), ("server_identity", identity))


# the catalogs of this database the current role may read (an ordinary role may not read
# pg_user_mapping, which holds passwords, nor the statistics; introspection reads neither),
# and whether it may run pg_control_system() (PUBLIC may on 15 to 18, unless revoked)
_CATALOGS_SQL = """
SELECT c.relname, pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
FROM pg_catalog.pg_class c
WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace AND c.relkind = 'r' AND NOT c.relisshared
  AND pg_catalog.has_table_privilege(c.oid, 'SELECT')
ORDER BY 1
"""
# which server, database and role: clusters restored from one snapshot share the system
# identifier and, having run the same transactions, their catalogs' xmin; they differ in
# address or port, and a server restored in place was restarted
_SERVER_SQL = sql.SQL(
    "SELECT pg_catalog.concat_ws(' ', s.system_identifier, pg_catalog.pg_postmaster_start_time(), "
    "pg_catalog.inet_server_addr(), pg_catalog.inet_server_port(), pg_catalog.current_setting('port'), "
    "d.oid, pg_catalog.quote_ident(d.datname)), 0, 0 "
    "FROM pg_catalog.pg_control_system() s, pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()")


def catalog_token(conn: psycopg.Connection[Any]) -> str | None:
    """A digest that changes whenever anything introspection reads may have changed, and
    that no other server, database or role shares; None when the server cannot be told
    apart from its clones (pg_control_system() revoked): nothing may be cached under it.

    Every committed change to a catalog row (insert, update, delete: any DDL, GRANT,
    COMMENT) gives the row a new ``xmin`` or removes it, so for each catalog of the
    database the row count and the sum of a 64-bit hash of every row's ``xmin`` change
    with it. ANALYZE and VACUUM update ``pg_class`` in place (same ``xmin``) and only
    touch statistics pgdecl does not read; ``pg_index``'s validity flags, which can be
    set in place too, are hashed as values. Role and tablespace names (shared catalogs)
    and the settings that change deparsed text are part of the digest. Catalog rows of
    uncommitted transactions are not seen, as by introspection. ``xmin`` says when, not
    where: two clusters cloned from one snapshot that then run different DDL in the same
    transaction ids have equal counts and sums, so the digest also holds the server's
    identity (system identifier, start time, address and port, as the server and the
    client see them), the database's oid and name and the current and session roles.
    Two queries whatever the schema's size; about 20 ms at 1,000 tables against 0.6 s
    for introspection: a plan against an unchanged database reuses the catalog read
    last time (``pgdecl.cache.load_live``).
    """
    rows = conn.execute(_CATALOGS_SQL).fetchall()
    if not rows or not rows[0][1]:
        log.info("pg_control_system() may not be run by this role: the server cannot be told apart "
                 "from a clone, so its catalog is not cached")
        return None
    names = [name for name, _ in rows if name not in TOKEN_EXCLUDED]
    row_hash = {"pg_index": sql.SQL("xmin::text || indisvalid::text || indisready::text || indislive::text")}
    # sum() of a bigint is numeric, accumulated in 128 bits: the same value as a sum of the
    # hashes cast to numeric one by one, at half the cost (numeric additions per row)
    parts = [sql.SQL("SELECT {name}, count(*), sum(pg_catalog.hashtextextended({row}, 0)) "
                     "FROM pg_catalog.{table}").format(
                 name=sql.Literal(name), table=sql.Identifier(name),
                 row=row_hash.get(name, sql.SQL("xmin::text")))
             for name in names]
    parts.append(sql.SQL("SELECT 'roles', count(*), sum(pg_catalog.hashtextextended(oid::text || ' ' || rolname, 0)) "
                         "FROM pg_catalog.pg_roles"))
    parts.append(sql.SQL("SELECT 'tablespaces', count(*), sum(pg_catalog.hashtextextended(oid::text || ' ' || "
                         "spcname, 0)) FROM pg_catalog.pg_tablespace"))
    parts.append(sql.SQL("SELECT concat_ws(' ', current_user, session_user, {settings}), 0, 0").format(
        settings=_settings_sql()))
    parts.append(_SERVER_SQL)
    rows = conn.execute(sql.SQL(" UNION ALL ").join(parts)).fetchall()
    client = (conn.info.host, conn.info.hostaddr, conn.info.port)     # the address the client reached
    return hashlib.sha256(repr((rows, client)).encode()).hexdigest()


def read_unmanaged(conn: psycopg.Connection[Any], schemas: Iterable[str]) -> tuple[UnmanagedObject, ...]:
    """Only the objects of ``schemas`` pgdecl does not manage (unmanaged.sql; introspect reads
    them with the rest): for a plan known to be empty without reading the catalog."""
    catalog = Catalog(server_version=conn.info.server_version)
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SET LOCAL search_path = ''")
        _fill_unmanaged(catalog, _rows(cur, _send(cur, "unmanaged", catalog.server_version, sorted(schemas))))
    return catalog.unmanaged


def table_sizes(conn: psycopg.Connection[Any], tables: Iterable[ObjectKey]) -> dict[ObjectKey, int]:
    """pg_total_relation_size of each of ``tables`` that exists (one query, sizes.sql)."""
    keys = sorted(tables)
    if not keys:
        return {}
    try:
        rows = conn.execute(_read_query("sizes.sql"),  # type: ignore[arg-type]
                            {"schemas": [key.schema for key in keys], "names": [key.name for key in keys]}).fetchall()
    except pg_errors.LockNotAvailable:
        from pgdecl.errors import PgdeclError

        names = ", ".join(f"{key.schema}.{key.name}" for key in keys)
        raise PgdeclError(f"lock timeout while measuring the size of {names}: another session holds a "
                          "conflicting lock; nothing was changed") from None
    return {ObjectKey("table", schema, name): size for schema, name, size in rows}


def _send(cur: psycopg.Cursor[Any], kind: str, server_version: int, managed: list[str] | None) -> str:
    file_name = query_file(kind, server_version)
    cur.execute(_read_query(file_name), {"schemas": managed})  # type: ignore[arg-type]
    return file_name


def _rows(cur: psycopg.Cursor[Any], file_name: str) -> list[dict[str, Any]]:
    result = cur.fetchall()
    log.debug("%s: %d rows", file_name, len(result))
    return result


def _each_row(cur: psycopg.Cursor[Any], file_name: str) -> Iterator[dict[str, Any]]:
    """The rows of ``cur``'s result, each made a dict when it is used: not a list of them all
    first (at 5,000 tables, the dependencies' rows alone were 70 MB at the peak of a read)."""
    count = 0
    for count, row in enumerate(cur, 1):
        yield row
    log.debug("%s: %d rows", file_name, count)


def _pipeline(conn: psycopg.Connection[Any]) -> AbstractContextManager[Any]:
    """Pipeline mode when the libpq has it (14 and later), else one query after another."""
    return conn.pipeline() if psycopg.Pipeline.is_supported() else nullcontext()


def _key(parts: list[str]) -> ObjectKey:
    return ObjectKey(*parts)


def _fill_schemas(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        schema = Schema(**row)
        catalog.schemas[schema.key] = schema


def _fill_extensions(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        extension = Extension(**row)
        catalog.extensions[extension.key] = extension


def _options(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, value) for name, value in rows))


def _fill_foreign_data_wrappers(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["options"] = _options(row["options"])
        wrapper = ForeignDataWrapper(**row)
        catalog.foreign_data_wrappers[wrapper.key] = wrapper


def _fill_servers(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["options"] = _options(row["options"])
        server = Server(**row)
        catalog.servers[server.key] = server


def _fill_user_mappings(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["options"] = _options(row["options"])
        row["secrets"] = tuple(row["secrets"])
        mapping = UserMapping(**row)
        catalog.user_mappings[mapping.key] = mapping


def _fill_foreign_tables(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["options"] = _options(row["options"])
        row["columns"] = tuple(
            ForeignColumn(name, type_, not_null == "true", default,
                          _options([line.split("=", 1) for line in options.split("\n")]) if options else ())
            for name, type_, not_null, default, options in row["columns"])
        table = ForeignTable(**row)
        catalog.foreign_tables[table.key] = table
def _fill_collations(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["provider"] = COLLATION_PROVIDERS[row["provider"]]
        if row["provider"] != "libc":
            row["lc_collate"] = row["lc_ctype"] = None     # PostgreSQL 14 keeps an ICU locale there too
        collation = Collation(**row)
        catalog.collations[collation.key] = collation


def _fill_types(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["kind"] = TYPE_KINDS[row["kind"]]
        row["labels"] = tuple(row["labels"])
        row["constraints"] = tuple(DomainConstraint(**c) for c in row["constraints"])
        row["attributes"] = tuple(TypeAttribute(**a) for a in row["attributes"])
        user_type = UserType(**row)
        catalog.types[user_type.key] = user_type


def _fill_sequences(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["owned_by"] = tuple(row["owned_by"]) if row["owned_by"] else None
        sequence = Sequence(**row)
        catalog.sequences[sequence.key] = sequence


_COLUMN_FIELDS = len(fields(Column))
_IDENTITY_OPTIONS = [f.name for f in fields(Column)].index("identity_options")


def _fill_tables(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    # each column is the array of its Column fields in their order (tables.sql); columns
    # alike in every field (id, created_at, …) are one object, shared by their tables:
    # fewer objects to build, keep, store and load (they are frozen values)
    shared: dict[tuple[Any, ...], Column] = {}

    def column_of(column: list[Any]) -> Column:
        assert len(column) == _COLUMN_FIELDS, "tables.sql and Column disagree on a column's fields"
        if column[_IDENTITY_OPTIONS]:
            column[_IDENTITY_OPTIONS] = IdentityOptions(*column[_IDENTITY_OPTIONS])
            return Column(*column)
        found = shared.get(values := tuple(column))
        if found is None:
            found = shared[values] = Column(*values)
        return found

    for row in rows:
        row["columns"] = tuple(column_of(column) for column in row["columns"])
        row["partition_of"] = QualifiedName(*row["partition_of"]) if row["partition_of"] else None
        row["inherits"] = tuple(QualifiedName(*parent) for parent in row["inherits"])
        row["options"] = tuple(row["options"])
        table = Table(**row)
        catalog.tables[table.key] = table


def _fill_constraints(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        ref_table = row["ref_table"]
        row["ref_table"] = QualifiedName(*ref_table) if ref_table else None
        row["columns"] = tuple(row["columns"])
        row["ref_columns"] = tuple(row["ref_columns"])
        inherited = row.pop("inherited")
        constraint = Constraint(**row)
        (catalog.inherited if inherited else catalog.constraints)[constraint.key] = constraint


def _fill_indexes(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["columns"] = tuple(row["columns"])
        row["options"] = tuple(row["options"])
        inherited = row.pop("inherited")
        index = Index(**row)
        (catalog.inherited if inherited else catalog.indexes)[index.key] = index


def _fill_functions(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["config"] = tuple(row["config"])
        function = Function(**row)
        catalog.functions[function.key] = function


def _fill_aggregates(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        aggregate = Aggregate(**row)
        catalog.aggregates[aggregate.key] = aggregate


def _fill_operators(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        operator = Operator(**row)
        catalog.operators[operator.key] = operator


def _fill_operator_families(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["members"] = tuple(tuple(member) for member in row["members"])
        family = OperatorFamily(**row)
        catalog.operator_families[family.key] = family


def _fill_operator_classes(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["members"] = tuple(tuple(member) for member in row["members"])
        operator_class = OperatorClass(**row)
        catalog.operator_classes[operator_class.key] = operator_class


def _fill_triggers(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["function"] = _key(row["function"])
        inherited = row.pop("inherited")
        trigger = Trigger(**row)
        (catalog.inherited if inherited else catalog.triggers)[trigger.key] = trigger


def _fill_views(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["columns"] = tuple((name, type_) for name, type_ in row["columns"])
        row["options"] = tuple(sorted((name, value) for name, value in row["options"]))
        row["column_comments"] = tuple((name, comment) for name, comment in row["column_comments"])
        view = View(**row)
        catalog.views[view.key] = view


def _fill_policies(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["command"] = POLICY_COMMANDS[row["command"]]
        row["roles"] = tuple(sorted(row["roles"]))
        policy = Policy(**row)
        catalog.policies[policy.key] = policy


def _fill_statistics(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        for name in ("columns", "expressions", "kinds"):
            row[name] = tuple(row[name])
        statistics = Statistics(**row)
        catalog.statistics[statistics.key] = statistics


def _fill_text_search_dictionaries(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["options"] = parse_dictionary_options(row["options"])
        dictionary = TextSearchDictionary(**row)
        catalog.text_search_dictionaries[dictionary.key] = dictionary


def _fill_text_search_configurations(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["mappings"] = tuple((token, tuple(dictionaries)) for token, dictionaries in row["mappings"])
        configuration = TextSearchConfiguration(**row)
        catalog.text_search_configurations[configuration.key] = configuration


def _fill_privileges(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        row["target"] = _key(row["target"])
        privilege = Privilege(**row)
        # the same privilege granted by two grantors: grantable if either grant is
        known = catalog.privileges.get(privilege.key)
        if known is None or (privilege.grantable and not known.grantable):
            catalog.privileges[privilege.key] = privilege


def _fill_default_privileges(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    entries: dict[tuple[str, str, str], tuple[set, set]] = {}
    for row in rows:
        stored, builtin = entries.setdefault((row["role"], row["schema"], row["kind"]), (set(), set()))
        if row["grantee"] is not None:
            (builtin if row["builtin"] else stored).add((row["grantee"], row["privilege"], row["grantable"]))
    for (role, schema, kind), (stored, builtin) in entries.items():
        entry = DefaultPrivileges(role, schema, kind, tuple(sorted(stored)), tuple(sorted(builtin)))
        catalog.default_privileges[entry.key] = entry


def _fill_dependencies(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    # the most numerous objects of a catalog (~16 per table): each distinct key is built
    # once, its strings interned, and shared by every row that names it (a third of the
    # memory of a catalog before, and of its pickle); a key of an object read before is
    # that object's own key (an ObjectKey is equal to, and found by, the tuple of its parts)
    keys: dict[tuple[str, ...], ObjectKey] = {key: key for kind in KINDS for key in catalog.by_kind(kind)}

    def shared(parts: list[str]) -> ObjectKey:
        found = keys.get(parts_key := tuple(parts))
        if found is None:
            found = keys[parts_key] = ObjectKey(*map(sys.intern, parts))
        return found

    catalog.dependencies = frozenset(
        Dependency(shared(row["dependent"]), shared(row["referenced"]), sys.intern(row["column"]))
        for row in rows)


def _fill_unmanaged(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    catalog.unmanaged = tuple(sorted(UnmanagedObject(**row) for row in rows))


def _fill_publications(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        tables = tuple(sorted(PublicationTable(t["schema"], t["name"],
                                               tuple(t["columns"]) if t["columns"] is not None else None, t["where"])
                              for t in row.pop("tables")))
        publication = Publication(**{**row, "publish": tuple(row["publish"]), "schemas": tuple(row["schemas"]),
                                     "tables": tables})
        catalog.publications[publication.key] = publication


def _fill_event_triggers(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        trigger = EventTrigger(**{**row, "tags": tuple(row["tags"])})
        catalog.event_triggers[trigger.key] = trigger


def _fill_rules(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        rule = Rule(**row)
        catalog.rules[rule.key] = rule


def _fill_casts(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        uses = tuple(ObjectKey(*parts) for parts in row.pop("uses"))
        cast = Cast(**{**row, "uses": uses, "schemas": tuple(row["schemas"])})
        catalog.casts[cast.key] = cast
def _fill_cast_paths(catalog: Catalog, rows: Iterable[dict[str, Any]]) -> None:
    catalog.cast_paths = frozenset((row["source"], row["target"]) for row in rows)


_FILLERS: dict[str, Callable[[Catalog, Iterable[dict[str, Any]]], None]] = {
    "schemas": _fill_schemas,
    "extensions": _fill_extensions,
    "foreign_data_wrappers": _fill_foreign_data_wrappers,
    "servers": _fill_servers,
    "user_mappings": _fill_user_mappings,
    "foreign_tables": _fill_foreign_tables,
    "collations": _fill_collations,
    "types": _fill_types,
    "sequences": _fill_sequences,
    "tables": _fill_tables,
    "constraints": _fill_constraints,
    "indexes": _fill_indexes,
    "functions": _fill_functions,
    "aggregates": _fill_aggregates,
    "operators": _fill_operators,
    "operator_families": _fill_operator_families,
    "operator_classes": _fill_operator_classes,
    "triggers": _fill_triggers,
    "views": _fill_views,
    "policies": _fill_policies,
    "statistics": _fill_statistics,
    "text_search_dictionaries": _fill_text_search_dictionaries,
    "text_search_configurations": _fill_text_search_configurations,
    "privileges": _fill_privileges,
    "default_privileges": _fill_default_privileges,
    "dependencies": _fill_dependencies,
    "unmanaged": _fill_unmanaged,
    "cast_paths": _fill_cast_paths,
    "publications": _fill_publications,
    "event_triggers": _fill_event_triggers,
    "rules": _fill_rules,
    "casts": _fill_casts,
}
