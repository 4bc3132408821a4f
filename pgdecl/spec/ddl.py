"""render_ddl: the CREATE statements that build a spec's desired state in an empty database."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from psycopg import sql

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.model import (
    AggregateSpec, CollationSpec, ForeignTableSpec, ForeignDataWrapperSpec, ServerSpec, UserMappingSpec,
    OperatorClassSpec, OperatorFamilySpec, OperatorSpec, ColumnSpec, ConstraintSpec, DefaultPrivilegesSpec,
    ExtensionSpec, FunctionSpec, Grants, IdentitySpec, IndexElement, StatisticsSpec, TextSearchConfigurationSpec,
    TextSearchDictionarySpec,
    IndexSpec,
    PolicySpec, ReferenceSpec, SchemaSpec, SequenceSpec, Spec, TableSpec, TriggerSpec, TypeSpec, ViewSpec,
)
from pgdecl.spec.names import Call, aggregate_function_arguments, parse_call
from pgdecl.spec.casts import cast_ddl
from pgdecl.spec.events import event_trigger_ddl
from pgdecl.spec.publications import publication_ddl
from pgdecl.spec.rules import create_rule, rule_key
from pgdecl.spec.trusted import dollar_tag, keyword, number, sql_standard_body, trusted_sql

SCHEMAS_AND_EXTENSIONS, SEQUENCES, FUNCTIONS, TABLES, FOREIGN_KEYS = 0, 1, 2, 3, 4
INDEXES, VIEWS, VIEW_INDEXES, ROW_SECURITY, TRIGGERS, GRANTS_AND_COMMENTS = 5, 6, 7, 8, 9, 10
# the functions' own definitions, once everything that could call one is built (``_stand_in``)
DEFINITIONS = 11
# last: the scratch database's own objects are built without them (they would only change the
# privileges of roles the spec does not name on those objects, which are not compared)
DEFAULT_PRIVILEGES = 12
# after everything, the functions' definitions included: an event trigger fires on DDL run
# after it (spec/events.py); build_desired runs this phase last even when it defers statements
EVENT_TRIGGERS = 13
TYPES = SEQUENCES   # types and sequences never use each other; both precede functions and tables
# operators once their functions (stand-ins) exist, before the tables, indexes and views using them
OPERATORS = 2.5
# foreign data wrappers, then servers: after extensions (their handlers), before foreign tables
FOREIGN_SERVERS = 0.5
# operator families, then classes (in a family), then the families' loose members: added once the
# classes exist, as a plan adds them to a live family (btree binds a member of a class's type to it)
OPERATOR_FAMILIES, OPERATOR_CLASSES, OPERATOR_FAMILY_MEMBERS = 2.6, 2.7, 2.8
RANGES_WITH_FUNCTIONS = FUNCTIONS + 0.25    # a range type with canonical / subtype_diff: after the functions, before operators


@dataclass(frozen=True)
class DDLStatement:
    """One statement; ``what`` says in words which object it builds."""

    sql: str
    key: ObjectKey
    origin: SourceMark
    phase: float                        # RANGES_WITH_FUNCTIONS sits between two whole phases
    what: str


def render_ddl(spec: Spec) -> list[DDLStatement]:
    """Every statement, sorted by phase and, within a phase, by spec order."""
    statements = list(_schemas_first(spec))
    statements += [s for schema in spec.schemas.values() for s in _schema_objects(schema, spec.rendered)]
    statements += _default_privileges("", spec.default_privileges)
    for schema in spec.schemas.values():
        statements += _default_privileges(schema.name, schema.default_privileges or {})
    statements += [_statement(*parts) for parts in publication_ddl(spec.publications, GRANTS_AND_COMMENTS)]
    statements += [_statement(*parts) for parts in event_trigger_ddl(spec.event_triggers, EVENT_TRIGGERS)]
    # after the functions (stand-ins) and types, before the tables whose expressions may use them
    statements += [_statement(*parts) for parts in cast_ddl(spec.casts, FUNCTIONS)]
    depth = _partition_depths(spec)
    return sorted(statements, key=lambda statement: (
        statement.phase, depth.get(statement.key, 0) if statement.phase == TABLES else 0))


def _partition_depths(spec: Spec) -> dict[ObjectKey, int]:
    """How many parents each partition has: a partition is created after its parent."""
    parents: dict[ObjectKey, list[ObjectKey]] = {}
    for s, schema in spec.schemas.items():
        for t in schema.tables.values():
            key = ObjectKey("table", s, t.name)
            if t.partition_of:
                parents[key] = [ObjectKey("table", t.partition_of.schema or s, t.partition_of.table)]
            elif t.inherits:         # INHERITS: after every parent too
                parents[key] = [ObjectKey("table", *inherited_name(s, name)) for name in t.inherits]
    depths: dict[ObjectKey, int] = {}

    def depth_of(key: ObjectKey, seen: int = 0) -> int:
        if key not in parents or seen > len(parents):       # a cycle fails in the scratch database
            return 0
        if key not in depths:
            depths[key] = 1 + max(depth_of(parent, seen + 1) for parent in parents[key])
        return depths[key]

    for key in parents:
        depth_of(key)
    return depths


def inherited_name(schema: str, name: str) -> tuple[str, str]:
    """(schema, table) of an ``inherits:`` entry: ``table`` is in the table's own schema."""
    found, dot, table = name.partition(".")
    return (found, table) if dot else (schema, name)


def _statement(query: sql.Composable, key: ObjectKey, origin: SourceMark, phase: int, what: str) -> DDLStatement:
    return DDLStatement(query.as_string(None), key, origin, phase, what)


def _join(parts: Iterable[sql.Composable | None], separator: str = " ") -> sql.Composed:
    return sql.SQL(separator).join([part for part in parts if part is not None])  # type: ignore[arg-type]


def _names(names: Iterable[str]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(name) for name in names)


def qualified_name(name: str) -> sql.Identifier:
    """``name``, ``schema.name`` or ``"Quoted".name`` as written in the spec (a collation)."""
    return sql.Identifier(*parse_call(name).parts)


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
        for option in (False, True):
            items = [_join([keyword(p.privilege), sql.SQL("({})").format(_names(p.columns)) if p.columns else None])
                     for p in privileges if p.grant_option == option]
            if not items:
                continue
            query = sql.SQL("GRANT {} ON {} TO {}{}").format(
                sql.SQL(", ").join(items), target, _role(role), sql.SQL(" WITH GRANT OPTION" if option else ""))
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
                for option in (False, True):
                    chosen = [p for p in privileges if p.grant_option == option]
                    if not chosen:
                        continue
                    items = sql.SQL(", ").join(keyword(p.privilege) for p in chosen)
                    grant = sql.SQL("{} GRANT {} ON {} TO {}{}").format(
                        head, items, keyword(kind), _role(grantee), sql.SQL(" WITH GRANT OPTION" if option else ""))
                    yield _statement(grant, key, entry.origin, DEFAULT_PRIVILEGES, what)


# --- schemas and extensions ----------------------------------------------------------

def _schemas_first(spec: Spec) -> Iterator[DDLStatement]:
    for schema in spec.schemas.values():
        query = sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema.name))
        yield _statement(query, ObjectKey("schema", schema.name, schema.name), schema.origin,
                         SCHEMAS_AND_EXTENSIONS, f"schema {schema.name}")
    for extension in spec.extensions.values():
        yield _extension(extension)
    for wrapper in spec.foreign_data_wrappers.values():
        yield from _foreign_data_wrapper(wrapper)
    for server in spec.servers.values():
        yield from _server(server)
    for mapping in spec.user_mappings.values():
        yield _user_mapping(mapping)


# what the scratch database gets for a secret option: the spec has no value, only where to read it
SECRET_PLACEHOLDER = "pgdecl: secret read at apply"


def _user_mapping(mapping: UserMappingSpec) -> DDLStatement:
    role, server = mapping.parts
    options = dict(mapping.options)
    options.update({name: SECRET_PLACEHOLDER for name in mapping.secret_options})
    query = sql.SQL("CREATE USER MAPPING FOR {} SERVER {}{}").format(
        sql.SQL("PUBLIC") if role == "PUBLIC" else sql.Identifier(role), sql.Identifier(server), spec_options(options))
    return _statement(query, ObjectKey("user mapping", "", mapping.name), mapping.origin,
                      FOREIGN_SERVERS + 0.1, f"user mapping {mapping.name}")  # type: ignore[arg-type]


def spec_options(options: dict[str, str]) -> sql.Composable:
    """`` OPTIONS (name 'value', …)`` or nothing."""
    if not options:
        return sql.SQL("")
    return sql.SQL(" OPTIONS ({})").format(sql.SQL(", ").join(
        sql.SQL("{} {}").format(sql.Identifier(name), sql.Literal(value)) for name, value in options.items()))


def _foreign_data_wrapper(wrapper: ForeignDataWrapperSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("foreign data wrapper", "", wrapper.name)
    what = f"foreign data wrapper {wrapper.name}"
    query = sql.SQL("CREATE FOREIGN DATA WRAPPER {}{}{}{}").format(
        sql.Identifier(wrapper.name),
        sql.SQL(" HANDLER {}").format(_function_name(wrapper.handler)) if wrapper.handler else sql.SQL(""),
        sql.SQL(" VALIDATOR {}").format(_function_name(wrapper.validator)) if wrapper.validator else sql.SQL(""),
        spec_options(wrapper.options))
    yield _statement(query, key, wrapper.origin, FOREIGN_SERVERS, what)  # type: ignore[arg-type]
    yield from _comment(sql.SQL("FOREIGN DATA WRAPPER {}").format(sql.Identifier(wrapper.name)), wrapper.comment,
                        key, wrapper.origin, what)


def _server(server: ServerSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("server", "", server.name)
    what = f"server {server.name}"
    query = sql.SQL("CREATE SERVER {}{}{} FOREIGN DATA WRAPPER {}{}").format(
        sql.Identifier(server.name),
        sql.SQL(" TYPE {}").format(sql.Literal(server.type)) if server.type is not None else sql.SQL(""),
        sql.SQL(" VERSION {}").format(sql.Literal(server.version)) if server.version is not None else sql.SQL(""),
        sql.Identifier(server.wrapper), spec_options(server.options))
    yield _statement(query, key, server.origin, FOREIGN_SERVERS + 0.05, what)  # type: ignore[arg-type]
    yield from _comment(sql.SQL("SERVER {}").format(sql.Identifier(server.name)), server.comment,
                        key, server.origin, what)


def _extension(extension: ExtensionSpec) -> DDLStatement:
    query = _join([
        sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(extension.name)),
        sql.SQL("WITH SCHEMA {}").format(sql.Identifier(extension.schema)) if extension.schema else None,
        sql.SQL("VERSION {}").format(sql.Literal(extension.version)) if extension.version else None,
    ])
    return _statement(query, ObjectKey("extension", "", extension.name), extension.origin,
                      SCHEMAS_AND_EXTENSIONS, f"extension {extension.name}")


# what an object of a managed schema is built by, by the key of its kind in the spec:
# a function of the schema's name and the object only (spec/chunks.py keeps its output)
RENDERERS: dict[str, tuple[str, Callable[[str, Any], Iterator[DDLStatement]]]] = {}


def rendered_objects(kind: str, s: str, objects: dict[str, Any],
                     rendered: dict[tuple[str, str, str], tuple[Any, list[DDLStatement]]]) -> Iterator[DDLStatement]:
    """The statements of ``objects`` (the ``kind`` entries of schema ``s``): those rendered
    before for the very same object (``Spec.rendered``), the others rendered now."""
    render = RENDERERS[kind][1]
    for name, obj in objects.items():
        found = rendered.get((kind, s, name))
        if found is not None and found[0] is obj:
            yield from found[1]
        else:
            yield from render(s, obj)


def _schema_objects(schema: SchemaSpec,
                    rendered: dict[tuple[str, str, str], tuple[Any, list[DDLStatement]]] | None = None
                    ) -> Iterator[DDLStatement]:
    rendered = rendered or {}
    s = schema.name
    if not schema.managed:      # its tables are the owner's: only what the spec lists on them
        for function in schema.functions.values():
            yield from _function(s, function)
        for table in schema.tables.values():
            for policy in table.policies.values():
                yield _policy(s, table.name, policy)
            for trigger in table.triggers.values():
                yield _trigger(s, table.name, trigger)
            yield from _relation_comments(s, table.name, {}, table.policies, table.triggers)
        return
    key = ObjectKey("schema", s, s)
    target = sql.SQL("SCHEMA {}").format(sql.Identifier(s))
    yield from _comment(target, schema.comment, key, schema.origin, f"schema {s}")
    yield from _grants(target, schema.grants, key, schema.origin, f"schema {s}")
    for collation in schema.collations.values():
        yield from _collation(s, collation)
    for dictionary in schema.text_search_dictionaries.values():
        yield from _text_search_dictionary(s, dictionary)
    for configuration in schema.text_search_configurations.values():
        yield from _text_search_configuration(s, configuration)
    yield from _types(s, schema.types)
    yield from rendered_objects("sequences", s, schema.sequences, rendered)
    yield from rendered_objects("functions", s, schema.functions, rendered)
    for aggregate in schema.aggregates.values():
        yield from _aggregate(s, aggregate)
    for operator in schema.operators.values():
        yield from _operator(s, operator)
    for family in schema.operator_families.values():
        yield from _operator_family(s, family)
    for operator_class in schema.operator_classes.values():
        yield from _operator_class(s, operator_class)
    for foreign in schema.foreign_tables.values():
        yield from _foreign_table(s, foreign)
    yield from rendered_objects("tables", s, schema.tables, rendered)
    yield from rendered_objects("views", s, schema.views, rendered)


# --- collations ---------------------------------------------------------------------------

def collation_options(provider: str, locale: str | None, lc_collate: str | None, lc_ctype: str | None,
                      deterministic: bool, rules: str | None) -> sql.Composed:
    """The parenthesized options of CREATE COLLATION (shared with the plan's renderer)."""
    options = [sql.SQL("provider = {}").format(keyword(provider))]
    for word, value in (("locale", locale), ("lc_collate", lc_collate), ("lc_ctype", lc_ctype), ("rules", rules)):
        if value is not None:
            options.append(sql.SQL("{} = {}").format(keyword(word), sql.Literal(value)))
    if not deterministic:
        options.append(sql.SQL("deterministic = false"))
    return sql.SQL("({})").format(sql.SQL(", ").join(options))


def _collation(s: str, collation: CollationSpec) -> Iterator[DDLStatement]:
    """First in its schema (phase 0, after every schema and extension): columns, domains,
    composite types and indexes may use it."""
    key = ObjectKey("collation", s, collation.name)
    name = sql.Identifier(s, collation.name)
    what = f"collation {s}.{collation.name}"
    query = sql.SQL("CREATE COLLATION {} {}").format(name, collation_options(
        collation.provider, collation.locale, collation.lc_collate, collation.lc_ctype, collation.deterministic,
        collation.rules))
    yield _statement(query, key, collation.origin, SCHEMAS_AND_EXTENSIONS, what)
    yield from _comment(sql.SQL("COLLATION {}").format(name), collation.comment, key, collation.origin, what)


# --- text search -------------------------------------------------------------------------

def dictionary_options(template: sql.Composable, options: Iterable[tuple[str, str]]) -> sql.Composed:
    """``(TEMPLATE = t, name = 'value', …)`` (shared with the plan's renderer)."""
    return sql.SQL("({})").format(sql.SQL(", ").join(
        [sql.SQL("template = {}").format(template)]
        + [sql.SQL("{} = {}").format(sql.Identifier(name), sql.Literal(value)) for name, value in options]))


def mapping_statement(name: sql.Identifier, tokens: Iterable[str], dictionaries: Iterable[sql.Composable]) -> sql.Composed:
    """``ALTER TEXT SEARCH CONFIGURATION … ALTER MAPPING FOR tokens WITH dictionaries`` (adds or replaces)."""
    return sql.SQL("ALTER TEXT SEARCH CONFIGURATION {} ALTER MAPPING FOR {} WITH {}").format(
        name, sql.SQL(", ").join(sql.Identifier(token) for token in tokens), sql.SQL(", ").join(dictionaries))


def _text_search_dictionary(s: str, dictionary: TextSearchDictionarySpec) -> Iterator[DDLStatement]:
    """In phase 0 after the extensions (a template may be an extension's). The template's C
    init function runs at CREATE (built-in or extension code: it reads a stop word or synonym
    file named by the options from the server's tsearch_data folder), no spec code."""
    key = ObjectKey("text search dictionary", s, dictionary.name)
    name = sql.Identifier(s, dictionary.name)
    what = f"text search dictionary {s}.{dictionary.name}"
    query = sql.SQL("CREATE TEXT SEARCH DICTIONARY {} {}").format(
        name, dictionary_options(qualified_name(dictionary.template), dictionary.options.items()))
    yield _statement(query, key, dictionary.origin, SCHEMAS_AND_EXTENSIONS, what)
    yield from _comment(sql.SQL("TEXT SEARCH DICTIONARY {}").format(name), dictionary.comment, key,
                        dictionary.origin, what)


def _text_search_configuration(s: str, configuration: TextSearchConfigurationSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("text search configuration", s, configuration.name)
    name = sql.Identifier(s, configuration.name)
    what = f"text search configuration {s}.{configuration.name}"
    source = sql.SQL("copy = {}").format(qualified_name(configuration.copy)) if configuration.copy \
        else sql.SQL("parser = {}").format(qualified_name(configuration.parser or ""))
    yield _statement(sql.SQL("CREATE TEXT SEARCH CONFIGURATION {} ({})").format(name, source), key,
                     configuration.origin, SCHEMAS_AND_EXTENSIONS, what)
    for tokens, dictionaries in configuration.mappings.items():
        if dictionaries:
            query = mapping_statement(name, tokens.split(", "), [qualified_name(d) for d in dictionaries])
        else:
            query = sql.SQL("ALTER TEXT SEARCH CONFIGURATION {} DROP MAPPING IF EXISTS FOR {}").format(
                name, sql.SQL(", ").join(sql.Identifier(token) for token in tokens.split(", ")))
        yield _statement(query, key, configuration.origin, SCHEMAS_AND_EXTENSIONS, f"mapping of {what}")
    yield from _comment(sql.SQL("TEXT SEARCH CONFIGURATION {}").format(name), configuration.comment, key,
                        configuration.origin, what)


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
    elif user_type.range is not None:
        multirange = user_type.multirange_type_name
        if multirange is not None and len(parse_call(multirange).parts) == 1:     # in the range's schema
            multirange = f"{sql.Identifier(s).as_string(None)}.{multirange}"
        query = range_statement(name, user_type.range, user_type.subtype_opclass, user_type.collation,
                                user_type.canonical, user_type.subtype_diff, multirange)
    else:
        query = _join([
            sql.SQL("CREATE DOMAIN {} AS {}").format(name, trusted_sql(user_type.domain or "")),
            sql.SQL("COLLATE {}").format(qualified_name(user_type.collation)) if user_type.collation else None,
            sql.SQL("DEFAULT {}").format(trusted_sql(user_type.default)) if user_type.default is not None else None,
            _when(user_type.not_null, "not null"),
        ])
    # a range type naming its functions comes after them (they are stand-ins until
    # DEFINITIONS: CREATE TYPE … AS RANGE calls neither)
    phase = RANGES_WITH_FUNCTIONS if user_type.canonical or user_type.subtype_diff else TYPES
    yield _statement(query, key, user_type.origin, phase, what)
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
    for constraint, comment in user_type.constraint_comments.items():
        yield from _comment(sql.SQL("CONSTRAINT {} ON DOMAIN {}").format(sql.Identifier(constraint), name), comment,
                            key, user_type.origin, f"constraint {constraint} of {what}")


def range_statement(name: sql.Identifier, subtype: str, opclass: str | None, collation: str | None,
                    canonical: str | None, subtype_diff: str | None, multirange: str | None) -> sql.Composed:
    """``CREATE TYPE name AS RANGE (subtype = …, …)`` (shared with the plan's renderer)."""
    options = [sql.SQL("subtype = {}").format(trusted_sql(subtype))]
    for word, value in (("subtype_opclass", opclass), ("collation", collation), ("canonical", canonical),
                        ("subtype_diff", subtype_diff), ("multirange_type_name", multirange)):
        if value is not None:
            options.append(sql.SQL("{} = {}").format(keyword(word), qualified_name(value)))
    return sql.SQL("CREATE TYPE {} AS RANGE ({})").format(name, sql.SQL(", ").join(options))


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


def operator_reference(s: str, operator: tuple[str | None, str]) -> sql.Composed:
    """``OPERATOR(schema.op)`` of a commutator or negator; unqualified means ``s``."""
    schema, name = operator
    return sql.SQL("OPERATOR({}.{})").format(sql.Identifier(schema or s), trusted_sql(name))  # loader: operator chars


def operator_target(s: str, operator: OperatorSpec) -> sql.Composed:
    """``OPERATOR s.op (left, right)`` for COMMENT ON."""
    name, left, right = operator.parts
    return sql.SQL("OPERATOR {}.{} ({}, {})").format(sql.Identifier(s), trusted_sql(name),
                                                     trusted_sql(left or "NONE"), trusted_sql(right))


def _operator(s: str, operator: OperatorSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("operator", s, operator.name)
    name, left, right = operator.parts
    what = f"operator {s}.{operator.name}"
    options: list[sql.Composable] = [sql.SQL("FUNCTION = {}").format(_function_name(operator.function))]
    if left is not None:
        options.append(sql.SQL("LEFTARG = {}").format(trusted_sql(left)))
    options.append(sql.SQL("RIGHTARG = {}").format(trusted_sql(right)))
    if operator.commutator is not None:
        options.append(sql.SQL("COMMUTATOR = {}").format(operator_reference(s, operator.commutator)))
    if operator.negator is not None:
        options.append(sql.SQL("NEGATOR = {}").format(operator_reference(s, operator.negator)))
    if operator.restrict is not None:
        options.append(sql.SQL("RESTRICT = {}").format(_function_name(operator.restrict)))
    if operator.join is not None:
        options.append(sql.SQL("JOIN = {}").format(_function_name(operator.join)))
    if operator.hashes:
        options.append(sql.SQL("HASHES"))
    if operator.merges:
        options.append(sql.SQL("MERGES"))
    query = sql.SQL("CREATE OPERATOR {}.{} ({})").format(sql.Identifier(s), trusted_sql(name),
                                                        sql.SQL(", ").join(options))
    yield _statement(query, key, operator.origin, OPERATORS, what)  # type: ignore[arg-type]
    yield from _comment(operator_target(s, operator), operator.comment, key, operator.origin, what)


def _class_target(s: str, name: str, method: str) -> sql.Composed:
    return sql.SQL("{} USING {}").format(sql.Identifier(s, name), sql.Identifier(method))


def _items(operators: tuple[str, ...], functions: tuple[str, ...]) -> list[sql.Composable]:
    """Members as OPERATOR … / FUNCTION … (each checked by sqlcheck.operator_class_item)."""
    return ([sql.SQL("OPERATOR {}").format(trusted_sql(item)) for item in operators]
            + [sql.SQL("FUNCTION {}").format(trusted_sql(item)) for item in functions])


def _operator_family(s: str, family: OperatorFamilySpec) -> Iterator[DDLStatement]:
    key = ObjectKey("operator family", s, family.name)
    name, method = family.parts
    what = f"operator family {s}.{family.name}"
    target = _class_target(s, name, method)
    yield _statement(sql.SQL("CREATE OPERATOR FAMILY {}").format(target), key, family.origin,
                     OPERATOR_FAMILIES, what)  # type: ignore[arg-type]
    for item in _items(family.operators, family.functions):
        yield _statement(sql.SQL("ALTER OPERATOR FAMILY {} ADD {}").format(target, item), key, family.origin,
                         OPERATOR_FAMILY_MEMBERS, what)  # type: ignore[arg-type]
    yield from _comment(sql.SQL("OPERATOR FAMILY {}").format(target), family.comment, key, family.origin, what)


def _operator_class(s: str, operator_class: OperatorClassSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("operator class", s, operator_class.name)
    name, method = operator_class.parts
    what = f"operator class {s}.{operator_class.name}"
    items = _items(operator_class.operators, operator_class.functions)
    if operator_class.storage:
        items.append(sql.SQL("STORAGE {}").format(trusted_sql(operator_class.storage)))
    family = sql.SQL("")
    if operator_class.family is not None:
        parts = operator_class.family.parts
        family = sql.SQL(" FAMILY {}").format(sql.Identifier(*(parts if len(parts) == 2 else (s, *parts))))
    query = sql.SQL("CREATE OPERATOR CLASS {}{} FOR TYPE {} USING {}{} AS {}").format(
        sql.Identifier(s, name), sql.SQL(" DEFAULT") if operator_class.default else sql.SQL(""),
        trusted_sql(operator_class.type), sql.Identifier(method), family, sql.SQL(", ").join(items))
    yield _statement(query, key, operator_class.origin, OPERATOR_CLASSES, what)  # type: ignore[arg-type]
    yield from _comment(sql.SQL("OPERATOR CLASS {}").format(_class_target(s, name, method)), operator_class.comment,
                        key, operator_class.origin, what)


def _foreign_table(s: str, table: ForeignTableSpec) -> Iterator[DDLStatement]:
    key = ObjectKey("foreign table", s, table.name)
    what = f"foreign table {s}.{table.name}"
    columns = [_join([sql.Identifier(column.name), trusted_sql(column.type),
                      spec_options(column.options) if column.options else None,
                      sql.SQL("DEFAULT {}").format(trusted_sql(column.default)) if column.default is not None else None,
                      _when(column.not_null, "not null")])
               for column in table.columns.values()]
    query = sql.SQL("CREATE FOREIGN TABLE {} ({}) SERVER {}{}").format(
        sql.Identifier(s, table.name), sql.SQL(", ").join(columns), sql.Identifier(table.server),
        spec_options(table.options))
    yield _statement(query, key, table.origin, TABLES, what)
    yield from _comment(sql.SQL("FOREIGN TABLE {}").format(sql.Identifier(s, table.name)), table.comment, key,
                        table.origin, what)


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
        sql.SQL("COLLATE {}").format(qualified_name(column.collation)) if column.collation else None,
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
    if table.inherits:
        parents = sql.SQL(", ").join(sql.Identifier(*inherited_name(s, name)) for name in table.inherits)
        suffix = sql.SQL(" INHERITS ({})").format(parents) + suffix
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
    for statistics in table.statistics.values():
        yield from _statistics(s, table.name, statistics)
    yield from _rules(s, table.name, table.rules)
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


def _statistics(s: str, table: str, statistics: StatisticsSpec) -> Iterator[DDLStatement]:
    """CREATE STATISTICS with the indexes (it computes nothing until ANALYZE)."""
    key = ObjectKey("statistics", s, statistics.name, table)
    name = sql.Identifier(s, statistics.name)
    what = f"statistics {s}.{statistics.name} on {s}.{table}"
    elements = [sql.Identifier(column) for column in statistics.columns] + [
        sql.SQL("({})").format(trusted_sql(expression)) for expression in statistics.expressions]
    query = _join([
        sql.SQL("CREATE STATISTICS {}").format(name),
        sql.SQL("({})").format(sql.SQL(", ").join(keyword(k) for k in statistics.kinds)) if statistics.kinds else None,
        sql.SQL("ON {} FROM {}").format(sql.SQL(", ").join(elements), sql.Identifier(s, table)),
    ])
    yield _statement(query, key, statistics.origin, INDEXES, what)
    if statistics.target is not None and statistics.target != -1:
        yield _statement(sql.SQL("ALTER STATISTICS {} SET STATISTICS {}").format(name, number(statistics.target)),
                         key, statistics.origin, INDEXES, f"target of {what}")
    yield from _comment(sql.SQL("STATISTICS {}").format(name), statistics.comment, key, statistics.origin, what)


# --- indexes, security, triggers -------------------------------------------------------

def _index_element(element: IndexElement) -> sql.Composed:
    subject = sql.Identifier(element.column) if element.column is not None \
        else sql.SQL("({})").format(trusted_sql(element.expression or ""))
    return _join([
        subject,
        sql.SQL("COLLATE {}").format(qualified_name(element.collate)) if element.collate else None,
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
    for column, comment in view.column_comments.items():
        yield from _comment(sql.SQL("COLUMN {}").format(sql.Identifier(s, view.name, column)), comment, key,
                            view.origin, f"column {column} of {what}")
    yield from _relation_comments(s, view.name, view.indexes, {}, {})
    yield from _rules(s, view.name, view.rules)
    yield from _grants(sql.SQL("TABLE {}").format(sql.Identifier(s, view.name)), view.grants, key,
                       view.origin, what)


def _rules(s: str, relation: str, rules: dict) -> Iterator[DDLStatement]:
    """A table's or view's rules, once every table and view exists (their commands may use any)."""
    for rule in rules.values():
        key = rule_key(s, relation, rule)
        what = f"rule {rule.name} on {s}.{relation}"
        yield _statement(create_rule(s, relation, rule), key, rule.origin, TRIGGERS, what)
        yield from _comment(sql.SQL("RULE {} ON {}").format(sql.Identifier(rule.name), sql.Identifier(s, relation)),
                            rule.comment, key, rule.origin, what)


RENDERERS.update({"sequences": ("sequence", _sequence), "functions": ("function", _function),
                  "tables": ("table", _table), "views": ("view", _view)})
