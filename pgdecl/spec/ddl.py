"""render_ddl: the CREATE statements that build a spec's desired state in an empty database."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from psycopg import sql

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.model import (
    AggregateSpec, ColumnSpec, ConstraintSpec, DefaultPrivilegesSpec, ExtensionSpec, FunctionSpec, Grants, IdentitySpec, IndexElement,
    IndexSpec,
    PolicySpec, ReferenceSpec, SchemaSpec, SequenceSpec, Spec, TableSpec, TriggerSpec, TypeSpec, ViewSpec,
)
from pgdecl.spec.names import Call, aggregate_function_arguments
from pgdecl.spec.trusted import dollar_tag, keyword, number, sql_standard_body, trusted_sql

SCHEMAS_AND_EXTENSIONS, SEQUENCES, FUNCTIONS, TABLES, FOREIGN_KEYS = 0, 1, 2, 3, 4
INDEXES, VIEWS, VIEW_INDEXES, ROW_SECURITY, TRIGGERS, GRANTS_AND_COMMENTS = 5, 6, 7, 8, 9, 10
# the functions' own definitions, once everything that could call one is built (``_stand_in``)
DEFINITIONS = 11
# last: the scratch database's own objects are built without them (they would only change the
# privileges of roles the spec does not name on those objects, which are not compared)
DEFAULT_PRIVILEGES = 12
TYPES = SEQUENCES   # types and sequences never use each other; both precede functions and tables


@dataclass(frozen=True)
class DDLStatement:
    """One statement; ``what`` says in words which object it builds."""

    sql: str
    key: ObjectKey
    origin: SourceMark
    phase: int
    what: str


def render_ddl(spec: Spec) -> list[DDLStatement]:
    """Every statement, sorted by phase and, within a phase, by spec order."""
    statements = list(_schemas_first(spec))
    statements += [s for schema in spec.schemas.values() for s in _schema_objects(schema)]
    statements += _default_privileges("", spec.default_privileges)
    for schema in spec.schemas.values():
        statements += _default_privileges(schema.name, schema.default_privileges or {})
    depth = _partition_depths(spec)
    return sorted(statements, key=lambda statement: (
        statement.phase, depth.get(statement.key, 0) if statement.phase == TABLES else 0))


def _partition_depths(spec: Spec) -> dict[ObjectKey, int]:
    """How many parents each partition has: a partition is created after its parent."""
    parents = {ObjectKey("table", s, t.name): ObjectKey("table", t.partition_of.schema or s, t.partition_of.table)
               for s, schema in spec.schemas.items() for t in schema.tables.values() if t.partition_of}
    depths: dict[ObjectKey, int] = {}
    for key in parents:
        depth, current = 0, key
        while current in parents and depth <= len(parents):     # the loader rejects cycles
            depth, current = depth + 1, parents[current]
        depths[key] = depth
    return depths


def _statement(query: sql.Composable, key: ObjectKey, origin: SourceMark, phase: int, what: str) -> DDLStatement:
    return DDLStatement(query.as_string(None), key, origin, phase, what)


def _join(parts: Iterable[sql.Composable | None], separator: str = " ") -> sql.Composed:
    return sql.SQL(separator).join([part for part in parts if part is not None])  # type: ignore[arg-type]


def _names(names: Iterable[str]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(name) for name in names)


def _role(role: str) -> sql.Composable:
    return sql.SQL("PUBLIC") if role.lower() == "public" else sql.Identifier(role)


def _when(condition: object, text: str) -> sql.SQL | None:
    return keyword(text) if condition else None


def _comment(target: sql.Composable, comment: str | None, key: ObjectKey, origin: SourceMark,
             what: str) -> Iterator[DDLStatement]:
    if comment is not None:
        query = sql.SQL("COMMENT ON {} IS {}").format(target, sql.Literal(comment))
        yield _statement(query, key, origin, GRANTS_AND_COMMENTS, f"comment on {what}")


def _grants(target: sql.Composable, grants: Grants | None, key: ObjectKey, origin: SourceMark,
            what: str) -> Iterator[DDLStatement]:
    for role, privileges in (grants or {}).items():
        # a named role holds exactly what is listed: first take away what it has by default
        # (PUBLIC's EXECUTE on functions, USAGE on schema public), then grant the list
        revoke = sql.SQL("REVOKE ALL ON {} FROM {}").format(target, _role(role))
        yield _statement(revoke, key, origin, GRANTS_AND_COMMENTS, f"grants to {role} on {what}")
        if not privileges:      # `role: []`: the role's privileges are managed, and there are none
            continue
        items = [_join([keyword(p.privilege), sql.SQL("({})").format(_names(p.columns)) if p.columns else None])
                 for p in privileges]
        query = sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(", ").join(items), target, _role(role))
        yield _statement(query, key, origin, GRANTS_AND_COMMENTS, f"grants to {role} on {what}")


def default_privileges_head(role: str, schema: str) -> sql.Composed:
    """``ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s]``."""
    return _join([sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {}").format(sql.Identifier(role)),
                  sql.SQL("IN SCHEMA {}").format(sql.Identifier(schema)) if schema else None])


def _default_privileges(schema: str, defaults: dict[str, DefaultPrivilegesSpec]) -> Iterator[DDLStatement]:
    """Each named grantee of each kind holds exactly what is listed: everything taken away
    first (a global entry starts from PostgreSQL's built-in defaults), then the list granted."""
    for role, entry in defaults.items():
        head = default_privileges_head(role, schema)
        where = f" in schema {schema}" if schema else ""
        for kind, grants in entry.kinds().items():
            key = ObjectKey("default_privileges", schema, kind, role)
            what = f"default privileges of {role} on {kind}{where}"
            for grantee, privileges in grants.items():
                revoke = sql.SQL("{} REVOKE ALL ON {} FROM {}").format(head, keyword(kind), _role(grantee))
                yield _statement(revoke, key, entry.origin, DEFAULT_PRIVILEGES, what)
                if privileges:
                    items = sql.SQL(", ").join(keyword(p.privilege) for p in privileges)
                    grant = sql.SQL("{} GRANT {} ON {} TO {}").format(head, items, keyword(kind), _role(grantee))
                    yield _statement(grant, key, entry.origin, DEFAULT_PRIVILEGES, what)


# --- schemas and extensions ----------------------------------------------------------

def _schemas_first(spec: Spec) -> Iterator[DDLStatement]:
    for schema in spec.schemas.values():
        query = sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema.name))
        yield _statement(query, ObjectKey("schema", schema.name, schema.name), schema.origin,
                         SCHEMAS_AND_EXTENSIONS, f"schema {schema.name}")
    for extension in spec.extensions.values():
        yield _extension(extension)


def _extension(extension: ExtensionSpec) -> DDLStatement:
    query = _join([
        sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(extension.name)),
        sql.SQL("WITH SCHEMA {}").format(sql.Identifier(extension.schema)) if extension.schema else None,
        sql.SQL("VERSION {}").format(sql.Literal(extension.version)) if extension.version else None,
    ])
    return _statement(query, ObjectKey("extension", "", extension.name), extension.origin,
                      SCHEMAS_AND_EXTENSIONS, f"extension {extension.name}")


def _schema_objects(schema: SchemaSpec) -> Iterator[DDLStatement]:
    s = schema.name
    key = ObjectKey("schema", s, s)
    target = sql.SQL("SCHEMA {}").format(sql.Identifier(s))
    yield from _comment(target, schema.comment, key, schema.origin, f"schema {s}")
    yield from _grants(target, schema.grants, key, schema.origin, f"schema {s}")
    yield from _types(s, schema.types)
    for sequence in schema.sequences.values():
        yield from _sequence(s, sequence)
    for function in schema.functions.values():
        yield from _function(s, function)
    for aggregate in schema.aggregates.values():
        yield from _aggregate(s, aggregate)
    for table in schema.tables.values():
        yield from _table(s, table)
    for view in schema.views.values():
        yield from _view(s, view)


# --- user-defined types ----------------------------------------------------------------

def _types(s: str, types: dict[str, TypeSpec]) -> Iterator[DDLStatement]:
    """Enums first (domains and composite types may use them), then the rest in spec order."""
    ordered = sorted(types.values(), key=lambda t: t.kind != "enum")
    for user_type in ordered:
        yield from _user_type(s, user_type)


def _user_type(s: str, user_type: TypeSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("type", s, user_type.name)
    name = sql.Identifier(s, user_type.name)
    what = f"{user_type.kind} type {s}.{user_type.name}"
    if user_type.enum is not None:
        query = sql.SQL("CREATE TYPE {} AS ENUM ({})").format(
            name, sql.SQL(", ").join(sql.Literal(label) for label in user_type.enum))
    elif user_type.composite is not None:
        query = sql.SQL("CREATE TYPE {} AS ({})").format(name, sql.SQL(", ").join(
            sql.SQL("{} {}").format(sql.Identifier(attribute), trusted_sql(type_))
            for attribute, type_ in user_type.composite.items()))
    else:
        query = _join([
            sql.SQL("CREATE DOMAIN {} AS {}").format(name, trusted_sql(user_type.domain or "")),
            sql.SQL("COLLATE {}").format(sql.Identifier(user_type.collation)) if user_type.collation else None,
            sql.SQL("DEFAULT {}").format(trusted_sql(user_type.default)) if user_type.default is not None else None,
            _when(user_type.not_null, "not null"),
        ])
    yield _statement(query, key, user_type.origin, TYPES, what)
    # a domain's CHECK constraints come last: PostgreSQL runs them on every value coerced to the
    # domain, a partition bound or an aggregate's initial state included, and their functions are
    # spec code that must not run while pgdecl only plans (an unnamed one is named <domain>_check
    # either way)
    checks = ([sql.SQL("ADD CHECK ({})").format(trusted_sql(user_type.check))] if user_type.check else []) + [
        sql.SQL("ADD CONSTRAINT {} CHECK ({})").format(sql.Identifier(constraint), trusted_sql(expression))
        for constraint, expression in user_type.constraints.items()]
    for check in checks:
        yield _statement(sql.SQL("ALTER DOMAIN {} {}").format(name, check), key, user_type.origin,
                         GRANTS_AND_COMMENTS, f"check of {what}")
    word = "domain" if user_type.domain is not None else "type"
    yield from _comment(sql.SQL("{} {}").format(keyword(word), name), user_type.comment, key,
                        user_type.origin, what)


# --- sequences and functions -----------------------------------------------------------

def _sequence(s: str, sequence: SequenceSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("sequence", s, sequence.name)
    name = sql.Identifier(s, sequence.name)
    what = f"sequence {s}.{sequence.name}"
    options = [
        ("AS", trusted_sql(sequence.type) if sequence.type else None),
        ("INCREMENT BY", sequence.increment), ("MINVALUE", sequence.min_value),
        ("MAXVALUE", sequence.max_value), ("START WITH", sequence.start), ("CACHE", sequence.cache),
    ]
    query = _join([sql.SQL("CREATE SEQUENCE {}").format(name)]
                  + [_join([keyword(word), value if isinstance(value, sql.SQL) else number(value)])
                     for word, value in options if value is not None]
                  + [_when(sequence.cycle, "cycle")])
    yield _statement(query, key, sequence.origin, SEQUENCES, what)
    if sequence.owned_by:
        parts = sequence.owned_by.parts
        column = sql.Identifier(*(parts if len(parts) == 3 else (s, *parts)))
        query = sql.SQL("ALTER SEQUENCE {} OWNED BY {}").format(name, column)
        yield _statement(query, key, sequence.origin, FOREIGN_KEYS, f"owner of {what}")
    target = sql.SQL("SEQUENCE {}").format(name)
    yield from _comment(target, sequence.comment, key, sequence.origin, what)
    yield from _grants(target, sequence.grants, key, sequence.origin, what)


def dollar_quote(body: str) -> sql.Composed:
    """``$tag$body$tag$`` with a tag that does not occur in the body."""
    delimiter = trusted_sql(f"${dollar_tag(body, 'body')}$")
    return sql.Composed([delimiter, trusted_sql(body), delimiter])


def _function_body(function: FunctionSpec) -> sql.Composable:
    if sql_standard_body(function.language, function.body):
        return trusted_sql(function.body)
    return sql.SQL("AS {}").format(dollar_quote(function.body))


def _settings(function: FunctionSpec) -> Iterator[sql.Composable]:
    for name, value in function.settings.items():
        values = [part.strip() for part in value.split(",")] if value.strip() else [value]
        yield sql.SQL("SET {} = {}").format(sql.Identifier(*name.lower().split(".")),
                                             sql.SQL(", ").join(sql.Literal(v) for v in values))


def function_target(s: str, function: FunctionSpec) -> sql.Composed:
    """``FUNCTION s.name(identity arguments)`` for COMMENT ON and GRANT."""
    signature = function.signature
    return sql.SQL("{} {}({})").format(keyword(function.kind), sql.Identifier(s, signature.name),
                                       trusted_sql(signature.identity_arguments))


_RETURNS_NOTHING = re.compile(r"(?i)^\s*(setof\b|table\s*\(|void\s*$)")
_OUT_ARGUMENT = re.compile(r"(?i)(^|,)\s*(out|inout)\s")


def _stand_in(function: FunctionSpec) -> str:
    """A plpgsql body that does nothing and returns NULL, with the function's signature.

    PostgreSQL calls an immutable function with constant arguments while it builds some
    objects (it folds constants in an index's predicate and expressions, a domain check it
    validates …). Spec code must not run while pgdecl only plans, so every function is
    first created with this body, and given its own definition (CREATE OR REPLACE, same
    signature, same oid) once everything else is built."""
    if function.kind == "procedure":
        return "BEGIN NULL; END"
    if _RETURNS_NOTHING.match(function.returns or "") or _OUT_ARGUMENT.search(function.signature.arguments):
        return "BEGIN RETURN; END"
    return "BEGIN RETURN NULL; END"


def _function(s: str, function: FunctionSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("function", s, function.name)
    what = f"{function.kind} {s}.{function.name}"
    stand_in = _function_definition(s, function, sql.SQL("LANGUAGE plpgsql AS {}").format(
        dollar_quote(_stand_in(function))))
    yield _statement(stand_in, key, function.origin, FUNCTIONS, f"{what} (a stand-in, until everything is built)")
    definition = _function_definition(s, function, _join([
        sql.SQL("LANGUAGE {}").format(sql.Identifier(function.language)), _function_body(function)]))
    yield _statement(definition, key, function.origin, DEFINITIONS, what)
    target = function_target(s, function)
    yield from _comment(target, function.comment, key, function.origin, what)
    yield from _grants(target, function.grants, key, function.origin, what)


def _function_definition(s: str, function: FunctionSpec, body: sql.Composable) -> sql.Composed:
    signature = function.signature
    return _join([
        sql.SQL("CREATE OR REPLACE {} {}({})").format(keyword(function.kind), sql.Identifier(s, signature.name),
                                                     trusted_sql(signature.arguments)),
        sql.SQL("RETURNS {}").format(trusted_sql(function.returns)) if function.returns else None,
        keyword(function.volatility) if function.volatility else None,
        _when(function.strict, "strict"),
        _when(function.leakproof, "leakproof"),
        _when(function.security == "definer", "security definer"),
        sql.SQL("PARALLEL {}").format(keyword(function.parallel)) if function.parallel else None,
        sql.SQL("COST {}").format(number(function.cost)) if function.cost is not None else None,
        sql.SQL("ROWS {}").format(number(function.rows)) if function.rows is not None else None,
        *_settings(function),
        body,
    ])


def _function_name(call: Call) -> sql.Identifier:
    return sql.Identifier(*call.parts)


def aggregate_options(aggregate: AggregateSpec) -> list[sql.Composable]:
    """The ``(SFUNC = …, STYPE = …)`` options of CREATE AGGREGATE, in the order PostgreSQL documents."""
    options: list[sql.Composable] = []

    def option(word: str, value: sql.Composable | None) -> None:
        if value is not None:
            options.append(sql.SQL("{} = {}").format(keyword(word), value))

    def function(word: str, call: Call | None) -> None:
        option(word, _function_name(call) if call is not None else None)

    def flag(word: str, wanted: bool) -> None:
        if wanted:
            options.append(keyword(word))

    function("sfunc", aggregate.sfunc)
    option("stype", trusted_sql(aggregate.stype))
    option("sspace", number(aggregate.sspace) if aggregate.sspace is not None else None)
    function("finalfunc", aggregate.finalfunc)
    flag("finalfunc_extra", aggregate.finalfunc_extra)
    option("finalfunc_modify", keyword(aggregate.finalfunc_modify) if aggregate.finalfunc_modify else None)
    function("combinefunc", aggregate.combinefunc)
    function("serialfunc", aggregate.serialfunc)
    function("deserialfunc", aggregate.deserialfunc)
    option("initcond", sql.Literal(aggregate.initcond) if aggregate.initcond is not None else None)
    function("msfunc", aggregate.msfunc)
    function("minvfunc", aggregate.minvfunc)
    option("mstype", trusted_sql(aggregate.mstype) if aggregate.mstype else None)
    option("msspace", number(aggregate.msspace) if aggregate.msspace is not None else None)
    function("mfinalfunc", aggregate.mfinalfunc)
    flag("mfinalfunc_extra", aggregate.mfinalfunc_extra)
    option("mfinalfunc_modify", keyword(aggregate.mfinalfunc_modify) if aggregate.mfinalfunc_modify else None)
    option("minitcond", sql.Literal(aggregate.minitcond) if aggregate.minitcond is not None else None)
    if aggregate.sortop is not None:
        schema, operator = aggregate.sortop
        op = trusted_sql(operator)      # validated by the loader: operator characters only
        option("sortop", sql.SQL("OPERATOR({}.{})").format(sql.Identifier(schema), op) if schema else op)
    option("parallel", keyword(aggregate.parallel) if aggregate.parallel else None)
    flag("hypothetical", aggregate.kind == "hypothetical")
    return options


def aggregate_target(s: str, aggregate: AggregateSpec) -> sql.Composed:
    """``AGGREGATE s.name(arguments)`` for COMMENT ON."""
    signature = aggregate.signature
    return sql.SQL("AGGREGATE {}({})").format(sql.Identifier(s, signature.name), trusted_sql(signature.arguments))


def _aggregate(s: str, aggregate: AggregateSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("aggregate", s, aggregate.name)
    signature = aggregate.signature
    what = f"aggregate {s}.{aggregate.name}"
    query = sql.SQL("CREATE AGGREGATE {}({}) ({})").format(
        sql.Identifier(s, signature.name), trusted_sql(signature.arguments),
        sql.SQL(", ").join(aggregate_options(aggregate)))
    yield _statement(query, key, aggregate.origin, FUNCTIONS, what)
    yield from _comment(aggregate_target(s, aggregate), aggregate.comment, key, aggregate.origin, what)
    grant_target = sql.SQL("FUNCTION {}({})").format(
        sql.Identifier(s, signature.name), trusted_sql(aggregate_function_arguments(signature.arguments)))
    yield from _grants(grant_target, aggregate.grants, key, aggregate.origin, what)


# --- tables ---------------------------------------------------------------------------------

def identity_options(options: dict[str, int | bool | None]) -> sql.Composable | None:
    """`` (START WITH 100 INCREMENT BY 10 …)`` of ``GENERATED … AS IDENTITY``; None without options."""
    words = {"start": "START WITH {}", "increment": "INCREMENT BY {}", "min_value": "MINVALUE {}",
             "max_value": "MAXVALUE {}", "cache": "CACHE {}"}
    parts: list[sql.Composable] = [sql.SQL(words[name]).format(number(value))  # type: ignore[arg-type]
                                   for name, value in options.items() if name in words and value is not None]
    if options.get("cycle") is not None:
        parts.append(sql.SQL("CYCLE" if options["cycle"] else "NO CYCLE"))
    return sql.SQL(" ({})").format(sql.SQL(" ").join(parts)) if parts else None


def _identity(identity: str | IdentitySpec) -> sql.Composable:
    if isinstance(identity, str):
        return sql.SQL("GENERATED {} AS IDENTITY").format(keyword(identity))
    options = identity_options({name: getattr(identity, name)
                                for name in ("start", "increment", "min_value", "max_value", "cache", "cycle")})
    return sql.SQL("GENERATED {} AS IDENTITY{}").format(keyword(identity.generated), options or sql.SQL(""))


def _column(column: ColumnSpec) -> sql.Composed:
    if column.definition is not None:
        return _join([sql.Identifier(column.name), trusted_sql(column.definition)])
    assert column.type is not None
    identity = _identity(column.identity) if column.identity else None
    generated = None
    if column.generated:
        generated = sql.SQL("GENERATED ALWAYS AS ({}) {}").format(
            trusted_sql(column.generated), keyword("virtual" if column.virtual else "stored"))
    return _join([
        sql.Identifier(column.name), trusted_sql(column.type),
        sql.SQL("COLLATE {}").format(sql.Identifier(column.collation)) if column.collation else None,
        identity, generated,
        sql.SQL("DEFAULT {}").format(trusted_sql(column.default)) if column.default is not None else None,
        _when(column.not_null, "not null"),
        _when(column.primary_key, "primary key"),
        _when(column.unique, "unique"),
        sql.SQL("CHECK ({})").format(trusted_sql(column.check)) if column.check else None,
    ])


def _deferral(obj: ConstraintSpec | ReferenceSpec | TriggerSpec) -> list[sql.SQL | None]:
    return [_when(obj.deferrable, "deferrable"), _when(obj.initially_deferred, "initially deferred")]


def _constraint_body(constraint: ConstraintSpec) -> sql.Composed:
    kind = constraint.kind
    include = sql.SQL("INCLUDE ({})").format(_names(constraint.include)) if constraint.include else None
    if kind == "check":
        body: list[sql.Composable | None] = [
            sql.SQL("CHECK ({})").format(trusted_sql(constraint.check or "")),
            _when(constraint.no_inherit, "no inherit")]
    elif kind == "exclude":
        body = [sql.SQL("EXCLUDE {}").format(trusted_sql(constraint.exclude or ""))]
    elif kind == "unique":
        body = [keyword("unique"), _when(constraint.nulls_not_distinct, "nulls not distinct"),
                sql.SQL("({})").format(_names(constraint.unique or ())), include]
    else:
        body = [sql.SQL("PRIMARY KEY ({})").format(_names(constraint.primary_key or ())), include]
    return _join([sql.SQL("CONSTRAINT {}").format(sql.Identifier(constraint.name)), *body, *_deferral(constraint)])


def _repeated_keys(table: TableSpec) -> set[str]:
    """The PRIMARY KEY / UNIQUE constraints on the same columns as one before them (the
    primary key first, as PostgreSQL orders them): CREATE TABLE silently keeps only the first
    of those, so these are added with ALTER TABLE after it."""
    seen: set[tuple] = set()
    if table.primary_key:
        seen.add((tuple(table.primary_key.columns), ()))
    repeated: set[str] = set()
    ordered = sorted(table.constraints.values(), key=lambda c: c.kind != "primary_key")
    for constraint in ordered:
        if constraint.kind not in ("primary_key", "unique") or constraint.not_valid:
            continue
        columns = constraint.primary_key if constraint.kind == "primary_key" else constraint.unique
        key = (tuple(columns or ()), tuple(constraint.include or ()))
        if key in seen:
            repeated.add(constraint.name)
        seen.add(key)
    return repeated


def _inline_constraints(table: TableSpec) -> Iterator[sql.Composable]:
    if table.primary_key:
        name = sql.SQL("CONSTRAINT {} ").format(sql.Identifier(table.primary_key.name)) \
            if table.primary_key.name else sql.SQL("")
        yield sql.SQL("{}PRIMARY KEY ({})").format(name, _names(table.primary_key.columns))
    repeated = _repeated_keys(table)
    for constraint in table.constraints.values():
        if constraint.kind != "foreign_key" and not constraint.not_valid and constraint.name not in repeated:
            yield _constraint_body(constraint)


def storage_parameters(parameters: Iterable[tuple[str, str]]) -> sql.Composed:
    """``"fillfactor" = '70', "toast"."autovacuum_enabled" = 'false'`` (names checked by the spec
    format, or read from pg_class.reloptions; PostgreSQL checks names and values)."""
    return sql.SQL(", ").join(sql.SQL("{} = {}").format(sql.Identifier(*name.split(".")), sql.Literal(value))
                              for name, value in parameters)


def _create_table(s: str, table: TableSpec) -> sql.Composed:
    suffix = sql.SQL(" PARTITION BY {}").format(trusted_sql(table.partition_by)) \
        if table.partition_by else sql.SQL("")
    if table.storage_parameters:
        suffix += sql.SQL(" WITH ({})").format(storage_parameters(table.storage_parameters.items()))
    create = sql.SQL("CREATE UNLOGGED TABLE" if table.unlogged else "CREATE TABLE")
    if table.partition_of is not None:
        part = table.partition_of
        constraints = list(_inline_constraints(table))
        return sql.SQL("{} {} PARTITION OF {}{} {}{}").format(
            create, sql.Identifier(s, table.name), sql.Identifier(part.schema or s, part.table),
            sql.SQL(" (\n    {}\n)").format(sql.SQL(",\n    ").join(constraints)) if constraints else sql.SQL(""),
            trusted_sql(part.bounds), suffix)
    elements = [_column(column) for column in table.columns.values()] + list(_inline_constraints(table))
    if not elements:
        return sql.SQL("{} {} (){}").format(create, sql.Identifier(s, table.name), suffix)
    return sql.SQL("{} {} (\n    {}\n){}").format(
        create, sql.Identifier(s, table.name), sql.SQL(",\n    ").join(elements), suffix)


def _column_storage(s: str, table: TableSpec) -> sql.Composed | None:
    """``ALTER TABLE … ALTER COLUMN c SET STATISTICS n, ALTER COLUMN c SET STORAGE x, …`` for
    the columns that set them (CREATE TABLE takes STORAGE only from PostgreSQL 16)."""
    actions = []
    for column in table.columns.values():
        name = sql.Identifier(column.name)
        # a new column has the defaults: `default` and -1 need nothing
        if column.statistics is not None and column.statistics != -1:
            actions.append(sql.SQL("ALTER COLUMN {} SET STATISTICS {}").format(name, number(column.statistics)))
        if column.storage not in (None, "default"):
            actions.append(sql.SQL("ALTER COLUMN {} SET STORAGE {}").format(name, keyword(column.storage)))
        if column.compression not in (None, "default"):
            actions.append(sql.SQL("ALTER COLUMN {} SET COMPRESSION {}").format(name, keyword(column.compression)))
    if not actions:
        return None
    return sql.SQL("ALTER TABLE {} {}").format(sql.Identifier(s, table.name), sql.SQL(", ").join(actions))


def _references(s: str, ref: ReferenceSpec) -> sql.Composed:
    columns = ref.target_columns
    return _join([
        sql.SQL("REFERENCES {}").format(sql.Identifier(ref.schema or s, ref.table)),
        sql.SQL("({})").format(_names(columns)) if columns else None,
        sql.SQL("MATCH {}").format(keyword(ref.match)) if ref.match else None,
        sql.SQL("ON DELETE {}").format(keyword(ref.on_delete)) if ref.on_delete else None,
        sql.SQL("ON UPDATE {}").format(keyword(ref.on_update)) if ref.on_update else None,
    ])


def _add_constraint(s: str, table: str, name: str | None, body: Iterable[sql.Composable | None]) -> sql.Composed:
    named = sql.SQL("CONSTRAINT {}").format(sql.Identifier(name)) if name else None
    return _join([sql.SQL("ALTER TABLE {} ADD").format(sql.Identifier(s, table)), named, *body])


def _foreign_keys(s: str, table: TableSpec) -> Iterator[DDLStatement]:
    for column in table.columns.values():
        ref = column.references
        if ref is None:
            continue
        name = ref.constraint_name or f"{table.name}_{column.name}_fkey"
        body = [sql.SQL("FOREIGN KEY ({})").format(sql.Identifier(column.name)), _references(s, ref), *_deferral(ref)]
        yield _statement(_add_constraint(s, table.name, ref.constraint_name, body),
                         ObjectKey("constraint", s, name, table.name), ref.origin, FOREIGN_KEYS,
                         f"foreign key {name} on {s}.{table.name}")
    repeated = _repeated_keys(table)
    for constraint in table.constraints.values():
        if constraint.name in repeated:
            yield _statement(sql.SQL("ALTER TABLE {} ADD {}").format(sql.Identifier(s, table.name),
                                                                     _constraint_body(constraint)),
                             ObjectKey("constraint", s, constraint.name, table.name), constraint.origin,
                             FOREIGN_KEYS, f"constraint {constraint.name} on {s}.{table.name}")
            continue
        if constraint.kind != "foreign_key" and not constraint.not_valid:
            continue
        if constraint.kind == "foreign_key":
            assert constraint.references is not None
            body = [sql.SQL("FOREIGN KEY ({})").format(_names(constraint.foreign_key or ())),
                    _references(s, constraint.references), *_deferral(constraint),
                    *_deferral(constraint.references)]
        else:
            body = [sql.SQL("CHECK ({})").format(trusted_sql(constraint.check or "")),
                    _when(constraint.no_inherit, "no inherit")]
        body.append(_when(constraint.not_valid, "not valid"))
        what = "foreign key" if constraint.kind == "foreign_key" else "constraint"
        yield _statement(_add_constraint(s, table.name, constraint.name, body),
                         ObjectKey("constraint", s, constraint.name, table.name), constraint.origin,
                         FOREIGN_KEYS, f"{what} {constraint.name} on {s}.{table.name}")


def _table(s: str, table: TableSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("table", s, table.name)
    name = sql.Identifier(s, table.name)
    what = f"table {s}.{table.name}"
    yield _statement(_create_table(s, table), key, table.origin, TABLES, what)
    column_storage = _column_storage(s, table)
    if column_storage is not None:
        yield _statement(column_storage, key, table.origin, TABLES, f"column storage of {what}")
    yield from _foreign_keys(s, table)
    for index in table.indexes.values():
        yield _index(s, table.name, index, INDEXES)
    yield from _row_security(s, table)
    yield from _replica_identity(s, table)
    for policy in table.policies.values():
        yield _policy(s, table.name, policy)
    for trigger in table.triggers.values():
        yield _trigger(s, table.name, trigger)
    target = sql.SQL("TABLE {}").format(name)
    yield from _comment(target, table.comment, key, table.origin, what)
    for column in table.columns.values():
        yield from _comment(sql.SQL("COLUMN {}").format(sql.Identifier(s, table.name, column.name)),
                            column.comment, ObjectKey("column", s, column.name, table.name), column.origin,
                            f"column {s}.{table.name}.{column.name}")
    for constraint in table.constraints.values():
        yield from _comment(sql.SQL("CONSTRAINT {} ON {}").format(sql.Identifier(constraint.name), name),
                            constraint.comment, ObjectKey("constraint", s, constraint.name, table.name),
                            constraint.origin, f"constraint {constraint.name} on {s}.{table.name}")
    yield from _relation_comments(s, table.name, table.indexes, table.policies, table.triggers)
    yield from _grants(target, table.grants, key, table.origin, what)


def _relation_comments(s: str, relation: str, indexes: dict[str, IndexSpec],
                       policies: dict[str, PolicySpec], triggers: dict[str, TriggerSpec]) -> Iterator[DDLStatement]:
    on = sql.Identifier(s, relation)
    for index in indexes.values():
        yield from _comment(sql.SQL("INDEX {}").format(sql.Identifier(s, index.name)), index.comment,
                            ObjectKey("index", s, index.name), index.origin, f"index {s}.{index.name}")
    for policy in policies.values():
        yield from _comment(sql.SQL("POLICY {} ON {}").format(sql.Identifier(policy.name), on), policy.comment,
                            ObjectKey("policy", s, policy.name, relation), policy.origin,
                            f"policy {policy.name} on {s}.{relation}")
    for trigger in triggers.values():
        yield from _comment(sql.SQL("TRIGGER {} ON {}").format(sql.Identifier(trigger.name), on), trigger.comment,
                            ObjectKey("trigger", s, trigger.name, relation), trigger.origin,
                            f"trigger {trigger.name} on {s}.{relation}")


# --- indexes, security, triggers -------------------------------------------------------

def _index_element(element: IndexElement) -> sql.Composed:
    subject = sql.Identifier(element.column) if element.column is not None \
        else sql.SQL("({})").format(trusted_sql(element.expression or ""))
    return _join([
        subject,
        sql.SQL("COLLATE {}").format(sql.Identifier(element.collate)) if element.collate else None,
        sql.Identifier(*element.opclass.split(".")) if element.opclass else None,
        keyword(element.order) if element.order else None,
        sql.SQL("NULLS {}").format(keyword(element.nulls)) if element.nulls else None,
    ])


def _index(s: str, relation: str, index: IndexSpec, phase: int) -> DDLStatement:
    if index.definition is not None:
        query = sql.SQL("{} {} ON {} {}").format(
            sql.SQL("CREATE UNIQUE INDEX" if index.unique else "CREATE INDEX"), sql.Identifier(index.name),
            sql.Identifier(s, relation), trusted_sql(index.definition))
        return _statement(query, ObjectKey("index", s, index.name), index.origin, phase,
                          f"index {index.name} on {s}.{relation}")
    storage = [sql.SQL("{} = {}").format(sql.Identifier(name), sql.Literal(value))
               for name, value in index.storage.items()]
    query = _join([
        sql.SQL("CREATE UNIQUE INDEX" if index.unique else "CREATE INDEX"),
        sql.SQL("{} ON {}").format(sql.Identifier(index.name), sql.Identifier(s, relation)),
        sql.SQL("USING {}").format(sql.Identifier(index.using.lower())) if index.using else None,
        sql.SQL("({})").format(sql.SQL(", ").join(_index_element(e) for e in index.columns)),
        sql.SQL("INCLUDE ({})").format(_names(index.include)) if index.include else None,
        _when(index.nulls_not_distinct, "nulls not distinct"),
        sql.SQL("WITH ({})").format(sql.SQL(", ").join(storage)) if storage else None,
        sql.SQL("WHERE {}").format(trusted_sql(index.where)) if index.where else None,
    ])
    return _statement(query, ObjectKey("index", s, index.name), index.origin, phase,
                      f"index {index.name} on {s}.{relation}")


def _row_security(s: str, table: TableSpec) -> Iterator[DDLStatement]:
    rls = table.row_level_security
    if rls is None:
        return
    key = ObjectKey("table", s, table.name)
    for wanted, word in ((rls.enabled, "enable"), (rls.force, "force")):
        if wanted:
            query = sql.SQL("ALTER TABLE {} {} ROW LEVEL SECURITY").format(
                sql.Identifier(s, table.name), keyword(word))
            yield _statement(query, key, rls.origin, ROW_SECURITY, f"row level security on {s}.{table.name}")


def _replica_identity(s: str, table: TableSpec) -> Iterator[DDLStatement]:
    identity = table.replica_identity
    if identity is None:
        return
    what = sql.SQL("USING INDEX {}").format(sql.Identifier(identity.index)) if identity.index \
        else keyword(identity.kind)
    query = sql.SQL("ALTER TABLE {} REPLICA IDENTITY {}").format(sql.Identifier(s, table.name), what)
    yield _statement(query, ObjectKey("table", s, table.name), identity.origin, ROW_SECURITY,
                     f"replica identity of {s}.{table.name}")


def _policy(s: str, table: str, policy: PolicySpec) -> DDLStatement:
    query = _join([
        sql.SQL("CREATE POLICY {} ON {}").format(sql.Identifier(policy.name), sql.Identifier(s, table)),
        sql.SQL("AS {}").format(keyword(policy.mode)) if policy.mode else None,
        sql.SQL("FOR {}").format(keyword(policy.command)) if policy.command else None,
        sql.SQL("TO {}").format(sql.SQL(", ").join(_role(r) for r in policy.roles)) if policy.roles else None,
        sql.SQL("USING ({})").format(trusted_sql(policy.using)) if policy.using else None,
        sql.SQL("WITH CHECK ({})").format(trusted_sql(policy.with_check)) if policy.with_check else None,
    ])
    return _statement(query, ObjectKey("policy", s, policy.name, table), policy.origin, ROW_SECURITY,
                      f"policy {policy.name} on {s}.{table}")


def _trigger_events(trigger: TriggerSpec) -> sql.Composed:
    events = []
    for event in trigger.events:
        of = sql.SQL(" OF {}").format(_names(trigger.of)) if event == "update" and trigger.of else sql.SQL("")
        events.append(sql.SQL("{}{}").format(keyword(event), of))
    return sql.SQL(" OR ").join(events)


def _trigger(s: str, table: str, trigger: TriggerSpec) -> DDLStatement:
    ref = trigger.referencing
    referencing = None
    if ref and (ref.old_table or ref.new_table):
        referencing = _join([
            keyword("referencing"),
            sql.SQL("OLD TABLE AS {}").format(sql.Identifier(ref.old_table)) if ref.old_table else None,
            sql.SQL("NEW TABLE AS {}").format(sql.Identifier(ref.new_table)) if ref.new_table else None,
        ])
    parts = trigger.function.parts
    function = sql.Identifier(*(parts if len(parts) == 2 else (s, *parts)))
    query = _join([
        sql.SQL("CREATE CONSTRAINT TRIGGER" if trigger.constraint else "CREATE TRIGGER"),
        sql.Identifier(trigger.name), keyword(trigger.timing), _trigger_events(trigger),
        sql.SQL("ON {}").format(sql.Identifier(s, table)),
        *_deferral(trigger), referencing,
        sql.SQL("FOR EACH {}").format(keyword(trigger.for_each)),
        sql.SQL("WHEN ({})").format(trusted_sql(trigger.when)) if trigger.when else None,
        sql.SQL("EXECUTE FUNCTION {}({})").format(function, trusted_sql(trigger.function.inner or "")),
    ])
    return _statement(query, ObjectKey("trigger", s, trigger.name, table), trigger.origin, TRIGGERS,
                      f"trigger {trigger.name} on {s}.{table}")


# --- views ------------------------------------------------------------------------------------

def _view(s: str, view: ViewSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("view", s, view.name)
    kind = "materialized view" if view.materialized else "view"
    what = f"{kind} {s}.{view.name}"
    options = [sql.SQL("{} = {}").format(name, sql.Literal(value))
               for name, value in ((sql.SQL("security_barrier"), view.security_barrier),
                                   (sql.SQL("security_invoker"), view.security_invoker)) if value is not None]
    query = _join([
        sql.SQL("CREATE {} {}").format(keyword(kind), sql.Identifier(s, view.name)),
        sql.SQL("({})").format(_names(view.columns)) if view.columns else None,
        sql.SQL("WITH ({})").format(sql.SQL(", ").join(options)) if options else None,
        sql.SQL("AS {}").format(trusted_sql(view.query)),
        sql.SQL("WITH {} CHECK OPTION").format(keyword(view.check_option)) if view.check_option else None,
        # never populated here: filling it would run the query, and spec functions with it, while
        # pgdecl only plans (the shadow records with_data on the desired catalog instead)
        sql.SQL("WITH NO DATA") if view.materialized else None,
    ])
    yield _statement(query, key, view.origin, VIEWS, what)
    for index in view.indexes.values():
        yield _index(s, view.name, index, VIEW_INDEXES)
    target = sql.SQL("{} {}").format(keyword(kind), sql.Identifier(s, view.name))
    yield from _comment(target, view.comment, key, view.origin, what)
    yield from _relation_comments(s, view.name, view.indexes, {}, {})
    yield from _grants(sql.SQL("TABLE {}").format(sql.Identifier(s, view.name)), view.grants, key,
                       view.origin, what)
