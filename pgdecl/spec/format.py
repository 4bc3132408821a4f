"""Spec format version 1: the allowed keys, value kinds and cross-field rules of every object kind."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from pgdecl.spec import sqlcheck
from pgdecl.spec.fields import (
    Boolean, Choice, Either, Field, Integer, ListOf, Mapped, Name, NamedMap, Nothing, Record,
    RecordSite, Site, Text,
)
from pgdecl.spec.model import (
    AggregateSpec, CollationSpec, ForeignColumnSpec, ForeignTableSpec, ForeignDataWrapperSpec, ServerSpec,
    UserMappingSpec, OperatorClassSpec, OperatorFamilySpec, OperatorSpec, ColumnSpec, ConstraintSpec,
    DefaultPrivilegesSpec, ExtensionSpec, FunctionSpec, Grants, IdentitySpec, IndexElement,
    IndexSpec, LintSpec, PartitionOfSpec,
    PolicySpec, PrimaryKeySpec, PrivilegeSpec, ReferenceSpec, Referencing, RelationSeed, ReplicaIdentitySpec,
    RowLevelSecurity, SchemaSpec, SequenceSpec, SpecDocument, StatisticsSpec, TableSpec, TriggerSpec, TypeSpec, VerifyRlsSpec,
    TextSearchConfigurationSpec, TextSearchDictionarySpec, ViewSpec,
)
from pgdecl.spec import partial
from pgdecl.spec.partial import AbsentOr
from pgdecl.spec.casts import CASTS
from pgdecl.spec.events import EVENT_TRIGGERS
from pgdecl.spec.rules import RULE
from pgdecl.spec.publications import PUBLICATIONS
from pgdecl.spec.names import (
    SIMPLE_NAME, check_length, normalize_method_key, normalize_operator_key, normalize_signature, parse_call, split_operator_key, parse_names, parse_signature, split_order_by,
)

REFERENTIAL_ACTIONS = ("cascade", "restrict", "no action", "set null", "set default")
PRIVILEGES = {
    "table": ("all", "select", "insert", "update", "delete", "truncate", "references", "trigger", "maintain"),
    "sequence": ("all", "usage", "select", "update"),
    "function": ("all", "execute"),
    "schema": ("all", "usage", "create"),
    "type": ("all", "usage"),
}
COLUMN_PRIVILEGES = ("all", "select", "insert", "update", "references")

NAME = Name()
# SQL fields are parsed as exactly one of their kind when loaded (pgdecl.spec.sqlcheck)
SQL = Mapped(Text("an SQL expression"), lambda text, site: sqlcheck.expression(text))
TYPE = Mapped(Text("a type"), lambda text, site: sqlcheck.type_name(text))
NAMES = ListOf(NAME, single=True)
COMMENT = Field(Text(allow_empty=True))

# ``renamed_from: old_name``: an explicit rename hint (same schema; never guessed)
RENAMED_FROM = Field(Name("the previous name"))


def _check_lint(lint: LintSpec, at: RecordSite) -> None:
    if not lint.reason.strip():
        at.fail("say why the rules are disabled: lint: {disable: [...], reason: ...}", "reason")


# ``lint: {disable: [rule-id, ...], reason: text}`` on tables, views, functions, policies, indexes
LINT = Field(Record(LintSpec, {
    "disable": Field(ListOf(Text("a lint rule id"), single=True), required=True),
    "reason": Field(Text("a reason"), required=True),
}, _check_lint))


# --- grants ----------------------------------------------------------------------

def _column_privilege(entries: dict[str, tuple[str, ...]], site: Site) -> PrivilegeSpec:
    if len(entries) != 1:
        raise ValueError("a column privilege is one mapping entry, e.g. {select: [id, name]}")
    (privilege, columns), = entries.items()
    if privilege.lower() not in COLUMN_PRIVILEGES:
        raise ValueError(f"unknown column privilege {privilege!r} "
                         f"(expected one of: {', '.join(COLUMN_PRIVILEGES)})")
    return PrivilegeSpec(privilege.lower(), columns)


def grants_of(target: str) -> Field:
    """``grants: {role: [privilege | {privilege: [columns]}]}`` for one target kind."""
    simple = Mapped(Choice("privilege", PRIVILEGES[target]), lambda word, site: PrivilegeSpec(word))
    item: Any = simple
    if target == "table":
        item = Either(scalar=simple, mapping=Mapped(NamedMap(NAMES, "privilege"), _column_privilege),
                      expected="a privilege or {privilege: [columns]}")
    return Field(NamedMap(ListOf(item, single=True, nonempty=False), "role"))


# --- default privileges ---------------------------------------------------------------

# spec kind of ALTER DEFAULT PRIVILEGES -> the grants vocabulary of one such object
_DEFAULT_PRIVILEGE_TARGETS = {"tables": "table", "sequences": "sequence", "functions": "function",
                              "types": "type", "schemas": "schema"}
# what PostgreSQL's built-in defaults give PUBLIC on each new object of a kind
_PUBLIC_BY_DEFAULT = {"functions": "EXECUTE", "types": "USAGE"}


def _creating_role(name: str) -> str:
    if name.lower() == "public":
        raise ValueError("default privileges belong to the role that creates the objects; PUBLIC creates nothing")
    return name


def _check_schema_defaults(defaults: DefaultPrivilegesSpec, at: RecordSite) -> None:
    for kind, grants in defaults.kinds().items():
        for role, privileges in grants.items():
            if role.lower() == "public" and not privileges and kind in _PUBLIC_BY_DEFAULT:
                at.fail(f"default privileges in a schema can only add to the global ones; to stop PUBLIC's "
                        f"{_PUBLIC_BY_DEFAULT[kind]} on new {kind}, write {{public: []}} under the top-level "
                        f"default_privileges.{defaults.role}.{kind}", kind)


def default_privileges_of(*, in_schema: bool) -> Field:
    """``default_privileges: {for_role: {tables|sequences|functions|types[|schemas]: grants}}``."""
    kinds = {kind: grants_of(target) for kind, target in _DEFAULT_PRIVILEGE_TARGETS.items()
             if not (in_schema and kind == "schemas")}
    entry = Either(
        null=Mapped(Nothing(), lambda _, site: DefaultPrivilegesSpec(site.name, origin=site.origin)),
        mapping=Record(DefaultPrivilegesSpec, kinds, _check_schema_defaults if in_schema else None),
        expected="a mapping of object kinds (" + ", ".join(kinds) + ") or nothing")
    return Field(NamedMap(entry, "creating role", check_key=_creating_role))


# --- columns and constraints -------------------------------------------------------

def _reference_from_text(text: str, site: Site) -> ReferenceSpec:
    try:
        call = parse_call(text)
        columns = parse_names(call.inner) if call.inner else ()
    except ValueError as exc:
        raise ValueError(f"expected [schema.]table[(column, ...)]: {exc}") from None
    if len(call.parts) > 2:
        raise ValueError(f"expected [schema.]table[(column, ...)], got {text!r}")
    schema = call.parts[0] if len(call.parts) == 2 else None
    return ReferenceSpec(table=call.parts[-1], columns=columns, schema=schema, origin=site.origin)


def _check_deferral(obj: Any, at: RecordSite) -> None:
    if obj.initially_deferred and not obj.deferrable:
        at.fail("initially_deferred needs deferrable: true", "initially_deferred")


def _check_reference(ref: ReferenceSpec, at: RecordSite) -> None:
    if ref.column and ref.columns:
        at.fail("give either column or columns, not both", "columns")
    _check_deferral(ref, at)


REFERENCE = Either(
    scalar=Mapped(Text("a table"), _reference_from_text),
    mapping=Record(ReferenceSpec, {
        "table": Field(NAME, required=True),
        "column": Field(NAME),
        "columns": Field(NAMES),
        "schema": Field(NAME),
        "on_delete": Field(Choice("action", REFERENTIAL_ACTIONS)),
        "on_update": Field(Choice("action", REFERENTIAL_ACTIONS)),
        "match": Field(Choice("match type", ("simple", "full"))),
        "deferrable": Field(Boolean()),
        "initially_deferred": Field(Boolean()),
        "name": Field(NAME, "constraint_name"),
    }, _check_reference),
    expected="a table reference ('table', 'schema.table(column)') or a mapping",
)


def _check_column(column: ColumnSpec, at: RecordSite) -> None:
    if column.identity and (column.default or column.generated):
        at.fail("an identity column cannot also have a default or be generated", "identity")
    if column.generated and column.default:
        at.fail("a generated column cannot have a default", "default")
    if column.virtual and not column.generated:
        at.fail("virtual: true needs generated: <expression>", "virtual")


IDENTITY = Either(
    scalar=Choice("identity", ("always", "by default")),
    mapping=Record(IdentitySpec, {
        "generated": Field(Choice("identity", ("always", "by default")), required=True),
        "start": Field(Integer()),
        "increment": Field(Integer()),
        "min_value": Field(Integer()),
        "max_value": Field(Integer()),
        "cache": Field(Integer()),
        "cycle": Field(Boolean()),
    }),
    expected="always, by default or {generated, start, increment, min_value, max_value, cache, cycle}",
)

COLUMN = Either(
    scalar=Mapped(Text("a column definition"),
                  lambda text, site: ColumnSpec(name=site.name, definition=sqlcheck.column_definition(text),
                                                origin=site.origin)),
    mapping=Record(ColumnSpec, {
        "type": Field(TYPE, required=True),
        "not_null": Field(Boolean()),
        "primary_key": Field(Boolean()),
        "unique": Field(Boolean()),
        "default": Field(SQL),
        "check": Field(SQL),
        "collation": Field(NAME),
        "references": Field(REFERENCE),
        "identity": Field(IDENTITY),
        "generated": Field(SQL),
        "virtual": Field(Boolean()),
        "comment": COMMENT,
        "renamed_from": RENAMED_FROM,
        "statistics": Field(Integer()),
        "storage": Field(Choice("storage", ("plain", "external", "extended", "main", "default"))),
        "compression": Field(Choice("compression", ("pglz", "lz4", "default"))),
    }, _check_column),
    expected="a column definition or a mapping",
)

PRIMARY_KEY = Either(
    sequence=Mapped(ListOf(NAME), lambda columns, site: PrimaryKeySpec(columns, origin=site.origin)),
    mapping=Record(PrimaryKeySpec, {"columns": Field(NAMES, required=True), "name": Field(NAME)}),
    expected="a list of columns or {name, columns}",
)

_CONSTRAINT_KINDS = ("check", "unique", "primary_key", "foreign_key", "exclude")


def _check_constraint(constraint: ConstraintSpec, at: RecordSite) -> None:
    given = [kind for kind in _CONSTRAINT_KINDS if getattr(constraint, kind) is not None]
    if len(given) != 1:
        at.fail("a constraint needs exactly one of: " + ", ".join(_CONSTRAINT_KINDS))
    kind = given[0]
    if (kind == "foreign_key") != (constraint.references is not None):
        at.fail("foreign_key and references go together", "references" if kind != "foreign_key" else None)
    if constraint.not_valid and kind not in ("check", "foreign_key"):
        at.fail("not_valid applies to check and foreign key constraints only", "not_valid")
    if constraint.nulls_not_distinct and kind != "unique":
        at.fail("nulls_not_distinct applies to unique constraints only", "nulls_not_distinct")
    if constraint.include and kind not in ("unique", "primary_key", "exclude"):
        at.fail("include applies to unique, primary key and exclusion constraints", "include")
    if constraint.no_inherit and kind != "check":
        at.fail("no_inherit applies to check constraints only", "no_inherit")
    _check_deferral(constraint, at)


CONSTRAINT = Record(ConstraintSpec, {
    "check": Field(SQL),
    "unique": Field(NAMES),
    "primary_key": Field(NAMES),
    "foreign_key": Field(NAMES),
    "references": Field(REFERENCE),
    "exclude": Field(Mapped(Text("an exclusion constraint"), lambda text, site: sqlcheck.exclusion(text))),
    "include": Field(NAMES),
    "nulls_not_distinct": Field(Boolean()),
    "deferrable": Field(Boolean()),
    "initially_deferred": Field(Boolean()),
    "not_valid": Field(Boolean()),
    "no_inherit": Field(Boolean()),
    "comment": COMMENT,
}, _check_constraint)


# --- indexes -------------------------------------------------------------------------

def _element_from_text(text: str, site: Site) -> IndexElement:
    if SIMPLE_NAME.fullmatch(text):
        return IndexElement(column=check_length(text), origin=site.origin)
    return IndexElement(expression=text, origin=site.origin)


def _check_element(element: IndexElement, at: RecordSite) -> None:
    if (element.column is None) == (element.expression is None):
        at.fail("an index element needs exactly one of: column, expression")


INDEX_ELEMENT = Either(
    scalar=Mapped(Text("a column or expression"), _element_from_text),
    mapping=Record(IndexElement, {
        "column": Field(NAME),
        "expression": Field(SQL),
        "collate": Field(NAME),
        "opclass": Field(NAME),
        "order": Field(Choice("order", ("asc", "desc"))),
        "nulls": Field(Choice("nulls order", ("first", "last"))),
    }, _check_element),
    expected="a column, an expression or a mapping",
)

def _check_index(index: IndexSpec, at: RecordSite) -> None:
    if (index.definition is None) == (not index.columns):
        at.fail("an index needs exactly one of: columns, definition")
    if index.definition is not None:
        for key in ("using", "where", "include", "nulls_not_distinct", "with"):
            if key in at.nodes:
                at.fail(f"{key} does not go with definition (write it in the definition)", key)


INDEX = Record(IndexSpec, {
    "columns": Field(ListOf(INDEX_ELEMENT, single=True)),
    "definition": Field(Mapped(Text("an index definition"), lambda text, site: sqlcheck.index_definition(text))),
    "using": Field(NAME),
    "unique": Field(Boolean()),
    "where": Field(SQL),
    "include": Field(NAMES),
    "nulls_not_distinct": Field(Boolean()),
    "with": Field(NamedMap(Text("a storage parameter value"), "storage parameter", names=False), "storage"),
    "comment": COMMENT,
    "lint": LINT,
    "renamed_from": RENAMED_FROM,
}, _check_index)


# --- row level security, policies, triggers ------------------------------------------

ROW_LEVEL_SECURITY = Either(
    scalar=Mapped(Boolean(), lambda enabled, site: RowLevelSecurity(enabled, origin=site.origin)),
    mapping=Record(RowLevelSecurity, {"enabled": Field(Boolean()), "force": Field(Boolean())}),
    expected="a boolean or {enabled, force}",
)

POLICY = Record(PolicySpec, {
    "for": Field(Choice("command", ("all", "select", "insert", "update", "delete")), "command"),
    "to": Field(NAMES, "roles"),
    "as": Field(Choice("policy type", ("permissive", "restrictive")), "mode"),
    "using": Field(SQL),
    "with_check": Field(SQL),
    "comment": COMMENT,
    "lint": LINT,
    "renamed_from": RENAMED_FROM,
})


def _trigger_function(text: str, site: Site) -> Any:
    call = parse_call(text)
    if call.inner is None or len(call.parts) > 2:
        raise ValueError(f"expected [schema.]function(arguments), e.g. 'set_updated_at()', got {text!r}")
    return call


def _check_trigger(trigger: TriggerSpec, at: RecordSite) -> None:
    if trigger.of and "update" not in trigger.events:
        at.fail("of: [columns] needs the update event", "of")
    if trigger.constraint and trigger.timing != "after":
        at.fail("a constraint trigger must be timing: after", "constraint")
    if (trigger.deferrable or trigger.initially_deferred) and not trigger.constraint:
        at.fail("deferrable applies to constraint triggers only", "deferrable")
    _check_deferral(trigger, at)


TRIGGER = Record(TriggerSpec, {
    "timing": Field(Choice("timing", ("before", "after", "instead of")), required=True),
    "events": Field(ListOf(Choice("event", ("insert", "update", "delete", "truncate")), single=True),
                    required=True),
    "function": Field(Mapped(Text("a function call"), _trigger_function), required=True),
    "for_each": Field(Choice("level", ("row", "statement"))),
    "of": Field(NAMES),
    "when": Field(SQL),
    "referencing": Field(Record(Referencing, {"old_table": Field(NAME), "new_table": Field(NAME)})),
    "constraint": Field(Boolean()),
    "deferrable": Field(Boolean()),
    "initially_deferred": Field(Boolean()),
    "comment": COMMENT,
}, _check_trigger)


# --- relations -------------------------------------------------------------------------

REPLICA_IDENTITY = Either(
    scalar=Mapped(Choice("replica identity", ("default", "full", "nothing")),
                  lambda kind, site: ReplicaIdentitySpec(kind, origin=site.origin)),
    mapping=Record(ReplicaIdentitySpec, {"index": Field(NAME, required=True)}),
    expected="default, full, nothing or {index: name}",
)

_PARTITION_KEY = re.compile(r"^\s*(range|list|hash)\s*\((.*)\)\s*$", re.IGNORECASE | re.DOTALL)
_BOUNDS = re.compile(r"^\s*(default|for\s+values\s+(from|in|with)\b.*)\s*$", re.IGNORECASE | re.DOTALL)


def _partition_key(text: str, site: Site) -> str:
    match = _PARTITION_KEY.match(text)
    if not match or not match[2].strip():
        raise ValueError(f"expected RANGE (…), LIST (…) or HASH (…) with columns or expressions, got {text!r}")
    return sqlcheck.partition_key(f"{match[1].upper()} ({match[2].strip()})")


def _bounds(text: str, site: Site) -> str:
    if not _BOUNDS.match(text):
        raise ValueError("expected DEFAULT, FOR VALUES FROM (…) TO (…), FOR VALUES IN (…) or "
                         f"FOR VALUES WITH (MODULUS m, REMAINDER r), got {text!r}")
    return sqlcheck.partition_bound(" ".join(text.split()))


PARTITION_OF = Record(PartitionOfSpec, {
    "table": Field(NAME, required=True),
    "schema": Field(NAME),
    "bounds": Field(Mapped(Text("a partition bound"), _bounds), required=True),
})

# a partition's columns, and so its primary key, come from its parent
_NOT_ON_PARTITIONS = ("columns",)


_STORAGE_PARAMETER = re.compile(r"(toast\.)?[a-z_][a-z0-9_]*")


def _storage_parameter(name: str) -> str:
    """``fillfactor``, ``autovacuum_vacuum_scale_factor``, ``toast.autovacuum_enabled``: PostgreSQL
    checks the name and the value; here only that it is one (the name enters SQL as written)."""
    if not _STORAGE_PARAMETER.fullmatch(name):
        raise ValueError(f"not a storage parameter name: {name!r} (e.g. fillfactor, toast.autovacuum_enabled)")
    return name


def _check_table(table: TableSpec, at: RecordSite) -> None:
    if table.partition_of is not None:
        for key in _NOT_ON_PARTITIONS:
            if key in at.nodes:
                at.fail(f"{key} does not go with partition_of (a partition's columns, their types, "
                        "defaults and NOT NULL come from its parent table: write them there)", key)
    keys = [c.name for c in table.columns.values() if c.primary_key]
    keys += ["primary_key"] * (table.primary_key is not None)
    keys += [c.name for c in table.constraints.values() if c.primary_key is not None]
    if len(keys) > 1:
        at.fail("more than one primary key: " + ", ".join(keys))


def _check_statistics(statistics: StatisticsSpec, at: RecordSite) -> None:
    count = len(statistics.columns) + len(statistics.expressions)
    if count == 0 or (count == 1 and not statistics.expressions):
        at.fail("a statistics object needs at least two columns or expressions, or one expression")
    if len(set(statistics.kinds)) != len(statistics.kinds):
        at.fail("a statistics kind is listed twice", "kinds")
    if statistics.target is not None and not -1 <= statistics.target <= 10000:
        at.fail("target is -1 (the default) or 0 to 10000", "target")


# ``statistics: {name: {columns: [a, b], expressions: [lower(c)], kinds: [mcv], target: 500}}``
STATISTICS = Record(StatisticsSpec, {
    "columns": Field(NAMES),
    "expressions": Field(ListOf(SQL, single=True)),
    "kinds": Field(ListOf(Choice("statistics kind", ("ndistinct", "dependencies", "mcv")), single=True)),
    "target": Field(Integer()),
    "comment": COMMENT,
}, _check_statistics)


TABLE = Record(TableSpec, {
    "columns": Field(NamedMap(COLUMN, "column")),
    "primary_key": Field(PRIMARY_KEY),
    "constraints": Field(NamedMap(CONSTRAINT, "constraint")),
    "indexes": Field(NamedMap(INDEX, "index")),
    "row_level_security": Field(ROW_LEVEL_SECURITY),
    "policies": Field(NamedMap(AbsentOr(POLICY), "policy")),
    "triggers": Field(NamedMap(AbsentOr(TRIGGER), "trigger")),
    "statistics": Field(NamedMap(STATISTICS, "statistics object")),
    "grants": grants_of("table"),
    "comment": COMMENT,
    "lint": LINT,
    "renamed_from": RENAMED_FROM,
    "replica_identity": Field(REPLICA_IDENTITY),
    "partition_by": Field(Mapped(Text("a partition key"), _partition_key)),
    "partition_of": Field(PARTITION_OF),
    "unlogged": Field(Boolean()),
    "with": Field(NamedMap(Text("a storage parameter value"), "storage parameter", check_key=_storage_parameter),
                  "storage_parameters"),
    "rules": Field(NamedMap(RULE, "rule")),
}, _check_table)


def _check_view(view: ViewSpec, at: RecordSite) -> None:
    if view.materialized:
        for key in ("security_invoker", "security_barrier", "check_option"):
            if getattr(view, key) is not None:
                at.fail(f"{key} does not apply to materialized views", key)
    else:
        if view.indexes:
            at.fail("only materialized views have indexes", "indexes")
        if "with_data" in at.nodes:
            at.fail("with_data applies to materialized views only", "with_data")


VIEW = Record(ViewSpec, {
    "query": Field(Mapped(Text("a query"), lambda query, site: sqlcheck.query(query.strip().rstrip(";").rstrip())),
                   required=True),
    "columns": Field(NAMES),
    "security_invoker": Field(Boolean()),
    "security_barrier": Field(Boolean()),
    "check_option": Field(Choice("check option", ("local", "cascaded"))),
    "materialized": Field(Boolean()),
    "with_data": Field(Boolean()),
    "indexes": Field(NamedMap(INDEX, "index")),
    "grants": grants_of("table"),
    "comment": COMMENT,
    "column_comments": Field(NamedMap(Text(allow_empty=True), "column")),
    "lint": LINT,
    "renamed_from": RENAMED_FROM,
    "rules": Field(NamedMap(RULE, "rule")),
}, _check_view)


def _owned_by(text: str, site: Site) -> Any:
    call = parse_call(text)
    if call.inner is not None or len(call.parts) not in (2, 3):
        raise ValueError(f"expected [schema.]table.column, got {text!r}")
    return call


SEQUENCE = Record(SequenceSpec, {
    "type": Field(TYPE),
    "start": Field(Integer()),
    "increment": Field(Integer()),
    "min_value": Field(Integer()),
    "max_value": Field(Integer()),
    "cache": Field(Integer()),
    "cycle": Field(Boolean()),
    "owned_by": Field(Mapped(Text("table.column"), _owned_by)),
    "grants": grants_of("sequence"),
    "comment": COMMENT,
})

_PROCEDURE_EXCLUDED = ("returns", "volatility", "strict", "leakproof", "parallel", "cost", "rows")


# loading a shared library runs its code on the server when the function is created (even
# with check_function_bodies off): a spec cannot create C functions, not even in a scratch database
_UNMANAGED_LANGUAGES = ("c", "internal")


def _check_function(function: FunctionSpec, at: RecordSite) -> None:
    if function.language in _UNMANAGED_LANGUAGES:
        at.fail(f"language {function.language} is not managed by pgdecl (creating such a function loads code "
                "into the server); create it in a migration or an extension", "language")
    try:
        sqlcheck.function_body(function.language, function.body, function.signature.arguments,
                               None if function.kind == "procedure" else function.returns)
    except ValueError as exc:
        at.fail(str(exc), "body")
    if function.kind == "procedure":
        for key in _PROCEDURE_EXCLUDED:
            if key in at.nodes:
                at.fail(f"{key} does not apply to procedures", key)
    elif function.returns is None:
        at.fail("missing required key 'returns'")
    if function.rows is not None and "setof" not in (function.returns or "").lower() \
            and "table" not in (function.returns or "").lower():
        at.fail("rows applies to set-returning functions only", "rows")


def _signature(key: str) -> str:
    parse_signature(key)
    return normalize_signature(key)


FUNCTION = Record(FunctionSpec, {
    "returns": Field(Mapped(Text("a type"), lambda text, site: sqlcheck.returns(text))),
    "language": Field(Mapped(NAME, lambda name, site: name.lower()), required=True),
    "body": Field(Text("a function body", allow_empty=True), required=True),
    "kind": Field(Choice("kind", ("function", "procedure"))),
    "volatility": Field(Choice("volatility", ("immutable", "stable", "volatile"))),
    "security": Field(Choice("security", ("definer", "invoker"))),
    "strict": Field(Boolean()),
    "leakproof": Field(Boolean()),
    "parallel": Field(Choice("parallel mode", ("safe", "restricted", "unsafe"))),
    "cost": Field(Integer()),
    "rows": Field(Integer()),
    "set": Field(NamedMap(Text("a setting value", allow_empty=True), "setting", names=False), "settings"),
    "grants": grants_of("function"),
    "comment": COMMENT,
    "lint": LINT,
}, _check_function)

# --- aggregates ----------------------------------------------------------------------------

_OPERATOR = re.compile(r"[+\-*/<>=~!@#%^&|`?]+")


def _function_name(text: str, site: Site) -> Any:
    call = parse_call(text)
    if call.inner is not None or len(call.parts) > 2:
        raise ValueError(f"expected a function name [schema.]name without arguments, got {text!r}")
    return call


def _operator(text: str, site: Site) -> tuple[str | None, str]:
    schema, dot, operator = text.strip().rpartition(".")
    if dot:
        call = parse_call(schema)
        if len(call.parts) != 1 or call.inner is not None:
            raise ValueError(f"expected an operator such as '>' or 'schema.>', got {text!r}")
        schema = call.parts[0]
    if not _OPERATOR.fullmatch(operator):
        raise ValueError(f"expected an operator such as '>' or 'schema.>', got {text!r}")
    return (schema if dot else None), operator


FUNCTION_NAME = Mapped(Text("a function name"), _function_name)
_MOVING = ("msfunc", "minvfunc", "mstype")
_MOVING_EXTRA = ("msspace", "mfinalfunc", "mfinalfunc_extra", "mfinalfunc_modify", "minitcond")
_NOT_ORDERED_SET = ("combinefunc", "serialfunc", "deserialfunc", "sortop", *_MOVING, *_MOVING_EXTRA)


def _check_aggregate(aggregate: AggregateSpec, at: RecordSite) -> None:
    arguments = aggregate.signature.arguments
    ordered = split_order_by(arguments)[1] is not None
    if "kind" in at.nodes and (aggregate.kind == "normal") == ordered:
        at.fail(f"kind {aggregate.kind} does not match the signature {aggregate.name!r} "
                f"(an ordered-set or hypothetical aggregate has ORDER BY in its arguments)", "kind")
    if aggregate.hypothetical and aggregate.kind == "ordered-set" and "kind" in at.nodes:
        at.fail("hypothetical: true contradicts kind: ordered-set", "hypothetical")
    if aggregate.hypothetical and not ordered:
        at.fail("hypothetical applies to ordered-set aggregates only (ORDER BY in the arguments)", "hypothetical")
    if ordered:
        for key in _NOT_ORDERED_SET:
            if key in at.nodes:
                at.fail(f"{key} does not apply to ordered-set aggregates", key)
    if not arguments.strip():
        at.fail("an aggregate without arguments is written name(*)")
    moving = [key for key in _MOVING if key in at.nodes]
    if moving and len(moving) != len(_MOVING):
        missing = ", ".join(key for key in _MOVING if key not in at.nodes)
        at.fail(f"a moving-aggregate mode needs msfunc, minvfunc and mstype together (missing: {missing})",
                moving[0])
    for key in _MOVING_EXTRA:
        if key in at.nodes and not moving:
            at.fail(f"{key} needs the moving-aggregate mode (msfunc, minvfunc, mstype)", key)
    for key in ("finalfunc_extra", "finalfunc_modify"):
        if key in at.nodes and aggregate.finalfunc is None:
            at.fail(f"{key} needs finalfunc", key)
    for key in ("mfinalfunc_extra", "mfinalfunc_modify"):
        if key in at.nodes and aggregate.mfinalfunc is None:
            at.fail(f"{key} needs mfinalfunc", key)
    if (aggregate.serialfunc is None) != (aggregate.deserialfunc is None):
        at.fail("serialfunc and deserialfunc go together", "serialfunc" if aggregate.serialfunc else "deserialfunc")


def _aggregate_kind(built: AggregateSpec) -> AggregateSpec:
    ordered = split_order_by(built.signature.arguments)[1] is not None
    hypothetical = built.hypothetical or built.kind == "hypothetical"
    kind = ("hypothetical" if hypothetical else "ordered-set") if ordered else "normal"
    return dataclasses.replace(built, kind=kind, hypothetical=hypothetical and ordered)


class _AggregateRecord(Record):
    """The aggregate record; ``kind`` is settled from the signature once the keys are checked."""

    def convert(self, node: Any, site: Site) -> Any:
        return _aggregate_kind(super().convert(node, site))


MODIFY = Choice("finalfunc_modify", ("read_only", "shareable", "read_write"))

AGGREGATE = _AggregateRecord(AggregateSpec, {
    "sfunc": Field(FUNCTION_NAME, required=True),
    "stype": Field(TYPE, required=True),
    "kind": Field(Choice("aggregate kind", ("normal", "ordered-set", "hypothetical"))),
    "sspace": Field(Integer()),
    "finalfunc": Field(FUNCTION_NAME),
    "finalfunc_extra": Field(Boolean()),
    "finalfunc_modify": Field(MODIFY),
    "combinefunc": Field(FUNCTION_NAME),
    "serialfunc": Field(FUNCTION_NAME),
    "deserialfunc": Field(FUNCTION_NAME),
    "initcond": Field(Text("an initial state value", allow_empty=True)),
    "msfunc": Field(FUNCTION_NAME),
    "minvfunc": Field(FUNCTION_NAME),
    "mstype": Field(TYPE),
    "msspace": Field(Integer()),
    "mfinalfunc": Field(FUNCTION_NAME),
    "mfinalfunc_extra": Field(Boolean()),
    "mfinalfunc_modify": Field(MODIFY),
    "minitcond": Field(Text("an initial state value", allow_empty=True)),
    "sortop": Field(Mapped(Text("an operator"), _operator)),
    "parallel": Field(Choice("parallel mode", ("safe", "restricted", "unsafe"))),
    "hypothetical": Field(Boolean()),
    "grants": grants_of("function"),
    "comment": COMMENT,
}, _check_aggregate)


# --- operators ------------------------------------------------------------------------------

_BINARY_ONLY = ("commutator", "negator", "restrict", "join", "hashes", "merges")


def _check_operator(operator: OperatorSpec, at: RecordSite) -> None:
    _, left, _ = operator.parts
    if left is None:
        for key in _BINARY_ONLY:
            if key in at.nodes:
                at.fail(f"{key} applies to binary operators only (this one is prefix: NONE on the left)", key)


def _operator_key(key: str) -> str:
    normalized = normalize_operator_key(key)
    _, left, right = split_operator_key(normalized)
    for type_text in (left, right):
        if type_text is not None:
            sqlcheck.type_name(type_text)
    return normalized


OPERATOR = Record(OperatorSpec, {
    "function": Field(FUNCTION_NAME, required=True),
    "commutator": Field(Mapped(Text("an operator"), _operator)),
    "negator": Field(Mapped(Text("an operator"), _operator)),
    "restrict": Field(FUNCTION_NAME),
    "join": Field(FUNCTION_NAME),
    "hashes": Field(Boolean()),
    "merges": Field(Boolean()),
    "comment": COMMENT,
}, _check_operator)


# --- operator families and classes ------------------------------------------------------------


def _members(kind: str, family: bool) -> Field:
    item = Mapped(Text(f"an {kind} member" if kind == "operator" else "a function member"),
                  lambda text, site: sqlcheck.operator_class_item(kind, text, family))
    return Field(ListOf(item, single=True))


def _family_name(text: str, site: Site) -> Any:
    call = parse_call(text)
    if call.inner is not None or len(call.parts) > 2:
        raise ValueError(f"expected an operator family name [schema.]name, got {text!r}")
    return call


def _check_operator_class(operator_class: OperatorClassSpec, at: RecordSite) -> None:
    if not operator_class.operators and not operator_class.functions:
        at.fail("an operator class needs at least one of operators or functions")


OPERATOR_FAMILY = Record(OperatorFamilySpec, {
    "operators": _members("operator", True),
    "functions": _members("function", True),
    "comment": COMMENT,
})

OPERATOR_CLASS = Record(OperatorClassSpec, {
    "type": Field(Mapped(Text("a type"), lambda text, site: sqlcheck.type_name(text)), required=True),
    "default": Field(Boolean()),
    "family": Field(Mapped(Text("an operator family"), _family_name)),
    "storage": Field(Mapped(Text("a type"), lambda text, site: sqlcheck.type_name(text))),
    "operators": _members("operator", False),
    "functions": _members("function", False),
    "comment": COMMENT,
}, _check_operator_class)


# --- foreign tables ----------------------------------------------------------------------------

_FOREIGN_COLUMN_SHORTHAND = re.compile(r"(?is)(?P<type>.+?)(?P<not_null>\s+not\s+null)?\s*")


def _foreign_column_shorthand(text: str, site: Site) -> ForeignColumnSpec:
    match = _FOREIGN_COLUMN_SHORTHAND.fullmatch(text)
    assert match is not None
    type_text = sqlcheck.type_name(match["type"].strip())
    return ForeignColumnSpec(site.name, type_text, bool(match["not_null"]), origin=site.origin)


FOREIGN_COLUMN = Either(
    scalar=Mapped(Text("a column type [not null]"), _foreign_column_shorthand),
    mapping=Record(ForeignColumnSpec, {
        "type": Field(Mapped(Text("a type"), lambda text, site: sqlcheck.type_name(text)), required=True),
        "not_null": Field(Boolean()),
        "default": Field(SQL),
        "options": Field(NamedMap(Text("an option value", allow_empty=True), "option")),
    }),
    expected="a column type, or a mapping with type, not_null, default, options")

FOREIGN_TABLE = Record(ForeignTableSpec, {
    "server": Field(NAME, required=True),
    "columns": Field(NamedMap(FOREIGN_COLUMN, "column"), required=True),
    "options": Field(NamedMap(Text("an option value", allow_empty=True), "option")),
    "comment": COMMENT,
})


# --- user-defined types -------------------------------------------------------------------

_TYPE_KINDS = ("enum", "domain", "composite", "range")
_DOMAIN_ONLY = ("default", "not_null", "check", "constraints", "constraint_comments")
_RANGE_ONLY = ("subtype_opclass", "canonical", "subtype_diff", "multirange_type_name")


def _check_type(user_type: TypeSpec, at: RecordSite) -> None:
    given = [kind for kind in _TYPE_KINDS if getattr(user_type, kind) is not None]
    if len(given) != 1:
        at.fail("a type needs exactly one of: " + ", ".join(_TYPE_KINDS))
    if given[0] != "domain":
        for key in _DOMAIN_ONLY:
            if key in at.nodes:
                at.fail(f"{key} applies to domains only", key)
    if given[0] != "range":
        for key in _RANGE_ONLY:
            if key in at.nodes:
                at.fail(f"{key} applies to range types only", key)
    if given[0] not in ("domain", "range") and "collation" in at.nodes:
        at.fail("collation applies to domains and range types only", "collation")
    if user_type.renamed_values and user_type.enum is None:
        at.fail("renamed_values applies to enums only", "renamed_values")
    for new, old in user_type.renamed_values.items():
        if new not in (user_type.enum or ()):
            at.fail(f"renamed_values: {new!r} is not one of the enum's labels", "renamed_values")
        if old in (user_type.enum or ()):
            at.fail(f"renamed_values: {old!r} (renamed to {new!r}) is still one of the enum's labels",
                    "renamed_values")
    for constraint in user_type.constraint_comments:
        if constraint not in user_type.constraints and not (user_type.check and constraint == f"{user_type.name}_check"):
            at.fail(f"constraint_comments: {constraint!r} is not one of the domain's constraints", "constraint_comments")
    if user_type.enum is not None:
        seen: set[str] = set()
        for label in user_type.enum:
            if label in seen:
                at.fail(f"enum label {label!r} listed twice", "enum")
            seen.add(label)
            if len(label.encode()) > 63:
                at.fail(f"enum label {label!r} is longer than 63 bytes", "enum")


USER_TYPE = Record(TypeSpec, {
    "enum": Field(ListOf(Text("an enum label"), nonempty=False)),
    "domain": Field(Mapped(Text("a base type"), lambda text, site: sqlcheck.domain_base(text))),
    "composite": Field(NamedMap(Mapped(Text("a type"), lambda text, site: sqlcheck.column_definition(text)),
                                "attribute")),
    "range": Field(TYPE),
    "default": Field(SQL),
    "not_null": Field(Boolean()),
    "collation": Field(NAME),
    "subtype_opclass": Field(NAME),
    "canonical": Field(NAME),
    "subtype_diff": Field(NAME),
    "multirange_type_name": Field(NAME),
    "check": Field(SQL),
    "constraints": Field(NamedMap(SQL, "constraint")),
    "renamed_values": Field(NamedMap(Text("the old label"), "label")),
    "constraint_comments": Field(NamedMap(Text(allow_empty=True), "constraint")),
    "comment": COMMENT,
}, _check_type)


# --- collations -----------------------------------------------------------------------------

def _check_collation(collation: CollationSpec, at: RecordSite) -> None:
    libc_only = [key for key in ("lc_collate", "lc_ctype") if key in at.nodes]
    if collation.provider != "libc":
        for key in libc_only:
            at.fail(f"{key} applies to the libc provider only (use locale)", key)
        if collation.locale is None:
            at.fail(f"a collation of provider {collation.provider} needs a locale")
    elif collation.locale is None and len(libc_only) < 2:
        at.fail("a libc collation needs a locale, or both lc_collate and lc_ctype")
    elif collation.locale is not None and libc_only:
        at.fail(f"locale sets lc_collate and lc_ctype: give one or the other", libc_only[0])
    if collation.rules is not None and collation.provider != "icu":
        at.fail("rules applies to the icu provider only", "rules")
    if not collation.deterministic and collation.provider != "icu":
        at.fail("only icu collations can be nondeterministic", "deterministic")


COLLATION = Record(CollationSpec, {
    "provider": Field(Choice("collation provider", ("libc", "icu", "builtin"))),
    "locale": Field(Text("a locale", allow_empty=True)),
    "lc_collate": Field(Text("a locale", allow_empty=True)),
    "lc_ctype": Field(Text("a locale", allow_empty=True)),
    "deterministic": Field(Boolean()),
    "rules": Field(Text("ICU tailoring rules", allow_empty=True)),
    "comment": COMMENT,
}, _check_collation)


# --- text search ---------------------------------------------------------------------------

_OPTION_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _option_name(name: str) -> str:
    if not _OPTION_NAME.fullmatch(name):
        raise ValueError(f"not a dictionary option name: {name!r} (lower case letters, digits, _)")
    return name


TEXT_SEARCH_DICTIONARY = Record(TextSearchDictionarySpec, {
    "template": Field(NAME, required=True),
    "options": Field(NamedMap(Text("an option value", allow_empty=True), "option", check_key=_option_name,
                              names=False)),
    "comment": COMMENT,
})


def _token_types(text: str) -> str:
    tokens = [token.strip() for token in text.split(",")]
    if not all(_OPTION_NAME.fullmatch(token) for token in tokens):
        raise ValueError(f"expected token type names separated by commas, got {text!r}")
    return ", ".join(tokens)


def _check_configuration(configuration: TextSearchConfigurationSpec, at: RecordSite) -> None:
    if (configuration.parser is None) == (configuration.copy is None):
        at.fail("a text search configuration needs exactly one of: parser, copy")
    seen: set[str] = set()
    for key in configuration.mappings:
        for token in key.split(", "):
            if token in seen:
                at.fail(f"token type {token!r} is mapped twice", "mappings")
            seen.add(token)


TEXT_SEARCH_CONFIGURATION = Record(TextSearchConfigurationSpec, {
    "parser": Field(NAME),
    "copy": Field(NAME),
    "mappings": Field(NamedMap(ListOf(NAME, single=True, nonempty=False), "token type", check_key=_token_types,
                               names=False)),
    "comment": COMMENT,
}, _check_configuration)


def _is_named(role: str, grants: Grants) -> bool:
    return any(named == role or named.lower() == role.lower() == "public" for named in grants)


def with_grantees(schema: SchemaSpec, site: Site | None = None) -> SchemaSpec:
    """``grantees: [roles]``: each of those roles is named in the ``grants:`` of the schema and of
    each of its sequences, functions, aggregates, tables and views, so that on every one of
    them it holds exactly what is listed; where not listed, what PostgreSQL's built-in
    defaults give it: nothing, but EXECUTE for PUBLIC on a function or an aggregate."""
    if not schema.grantees:
        return schema

    def named(grants: Grants | None, routine: bool = False) -> Grants:
        grants = dict(grants or {})
        for role in schema.grantees:
            if not _is_named(role, grants):
                grants[role] = (PrivilegeSpec("execute"),) if routine and role.lower() == "public" else ()
        return grants

    kinds = {kind: {name: dataclasses.replace(obj, grants=named(obj.grants, kind in ("functions", "aggregates")))
                    for name, obj in getattr(schema, kind).items()}
             for kind in ("sequences", "functions", "aggregates", "tables", "views")}
    return dataclasses.replace(schema, grants=named(schema.grants), **kinds)


SCHEMA = Either(
    null=Mapped(Nothing(), lambda _, site: SchemaSpec(site.name, origin=site.origin)),
    mapping=Mapped(Record(SchemaSpec, {
        "comment": COMMENT,
        "grants": grants_of("schema"),
        "grantees": Field(ListOf(NAME, single=True, nonempty=False)),
        "collations": Field(NamedMap(COLLATION, "collation")),
        "text_search_dictionaries": Field(NamedMap(TEXT_SEARCH_DICTIONARY, "text search dictionary")),
        "text_search_configurations": Field(NamedMap(TEXT_SEARCH_CONFIGURATION, "text search configuration")),
        "types": Field(NamedMap(USER_TYPE, "type")),
        "sequences": Field(NamedMap(SEQUENCE, "sequence")),
        "functions": Field(NamedMap(FUNCTION, "function", check_key=_signature, names=False)),
        "aggregates": Field(NamedMap(AGGREGATE, "aggregate", check_key=_signature, names=False)),
        "operators": Field(NamedMap(OPERATOR, "operator", check_key=_operator_key, names=False)),
        "operator_families": Field(NamedMap(OPERATOR_FAMILY, "operator family", check_key=normalize_method_key,
                                            names=False)),
        "operator_classes": Field(NamedMap(OPERATOR_CLASS, "operator class", check_key=normalize_method_key,
                                           names=False)),
        "foreign_tables": Field(NamedMap(FOREIGN_TABLE, "foreign table")),
        "tables": Field(NamedMap(TABLE, "table")),
        "views": Field(NamedMap(VIEW, "view")),
        "default_privileges": default_privileges_of(in_schema=True),
        "managed": Field(Boolean()),
    }), lambda schema, site: partial.settle(with_grantees(schema, site), site)),
    expected="a mapping",
)


# --- top level -------------------------------------------------------------------------

def _extension_list(extensions: tuple[ExtensionSpec, ...], site: Site) -> dict[str, ExtensionSpec]:
    by_name: dict[str, ExtensionSpec] = {}
    for extension in extensions:
        if extension.name in by_name:
            from pgdecl.spec.errors import SpecError
            raise SpecError(f"extension {extension.name!r} listed twice "
                            f"(first at {by_name[extension.name].origin})", extension.origin, site.path)
        by_name[extension.name] = extension
    return by_name


EXTENSION_OPTIONS = Record(ExtensionSpec, {"schema": Field(NAME), "version": Field(Text("a version"))})

EXTENSIONS = Either(
    sequence=Mapped(
        ListOf(Mapped(NAME, lambda name, site: ExtensionSpec(name, origin=site.origin)), nonempty=False),
        _extension_list),
    mapping=NamedMap(Either(
        null=Mapped(Nothing(), lambda _, site: ExtensionSpec(site.name, origin=site.origin)),
        mapping=EXTENSION_OPTIONS, expected="{schema, version} or nothing"), "extension"),
    expected="a list of extension names or a mapping",
)

# --- verify_rls: hints for pgdecl verify-rls ------------------------------------------------

def _relation_name(text: str) -> str:
    """``name`` or ``schema.name`` (a function: ``name()``), as written."""
    parts = text.removesuffix("()").split(".")
    if len(parts) > 2 or not all(SIMPLE_NAME.fullmatch(part) for part in parts):
        raise ValueError(f"expected a name or schema.name, got {text!r}")
    return text


def _check_relation_seed(seed: RelationSeed, at: RecordSite) -> None:
    if seed.owner is None and not seed.seed:
        at.fail("say what verify-rls should know: owner, seed or both")


VERIFY_RLS = Field(Record(VerifyRlsSpec, {
    "tables": Field(NamedMap(Record(RelationSeed, {
        "owner": Field(NAME),
        "seed": Field(NamedMap(SQL, "column")),
    }, _check_relation_seed, expected="a mapping with owner, seed"), "table", check_key=_relation_name)),
    "public": Field(ListOf(Mapped(Text("a relation or function name"), lambda text, site: _relation_name(text)),
                           single=True)),
}, expected="a mapping with tables, public"))


# --- foreign data wrappers and servers ---------------------------------------------------------

OPTIONS = Field(NamedMap(Text("an option value", allow_empty=True), "option"))

FOREIGN_DATA_WRAPPER = Record(ForeignDataWrapperSpec, {
    "handler": Field(FUNCTION_NAME),
    "validator": Field(FUNCTION_NAME),
    "options": OPTIONS,
    "comment": COMMENT,
})

SERVER = Record(ServerSpec, {
    "wrapper": Field(NAME, required=True),
    "type": Field(Text("a server type")),
    "version": Field(Text("a server version")),
    "options": OPTIONS,
    "comment": COMMENT,
})


# option names whose values are secrets: never written in the spec, never read back
SECRET_OPTION = re.compile(r"(?i)password|secret|token")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _user_mapping_key(key: str) -> str:
    role, at, server = key.strip().rpartition("@")
    if not at or not role.strip() or not server.strip():
        raise ValueError(f"expected 'role@server' (or 'PUBLIC@server'), got {key!r}")
    role = "PUBLIC" if role.strip().lower() == "public" else check_length(role.strip())
    return f"{role}@{check_length(server.strip())}"


def _env_name(text: str, site: Site) -> str:
    if not _ENV_NAME.fullmatch(text):
        raise ValueError(f"expected the name of an environment variable, got {text!r}")
    return text


def _check_user_mapping(mapping: UserMappingSpec, at: RecordSite) -> None:
    for name in mapping.options:
        if SECRET_OPTION.search(name):
            at.fail(f"option {name!r} holds a secret: write it as secret_options: {{{name}: ENV_VAR}} and set "
                    f"the environment variable where pgdecl applies the plan (the spec is never the place "
                    f"for a password)", "options")
    for name in set(mapping.options) & set(mapping.secret_options):
        at.fail(f"option {name!r} is both in options and in secret_options", "secret_options")


USER_MAPPING = Record(UserMappingSpec, {
    "options": OPTIONS,
    "secret_options": Field(NamedMap(Mapped(Text("an environment variable name"), _env_name), "option")),
}, _check_user_mapping)


DOCUMENT = Record(SpecDocument, {
    "version": Field(Choice("version", ("1",))),
    "preset": Field(Choice("preset", ("supabase", "none"))),
    "extensions": Field(EXTENSIONS),
    "foreign_data_wrappers": Field(NamedMap(FOREIGN_DATA_WRAPPER, "foreign data wrapper")),
    "servers": Field(NamedMap(SERVER, "server")),
    "user_mappings": Field(NamedMap(USER_MAPPING, "user mapping", check_key=_user_mapping_key, names=False)),
    "schemas": Field(NamedMap(SCHEMA, "schema")),
    "default_privileges": default_privileges_of(in_schema=False),
    "verify_rls": VERIFY_RLS,
    "publications": PUBLICATIONS,
    "event_triggers": EVENT_TRIGGERS,
    "casts": CASTS,
}, expected="a mapping with version, preset, extensions, foreign_data_wrappers, servers, user_mappings, "
            "schemas, default_privileges, verify_rls, publications, event_triggers, casts")
