"""The validated spec: frozen values for every object a spec file describes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.names import Call, Signature, parse_signature, split_operator_key

NOWHERE = SourceMark("", 0, 0)


@dataclass(frozen=True)
class PrivilegeSpec:
    """One privilege of a grant: ``select``, or ``select`` on some columns."""

    privilege: str
    columns: tuple[str, ...] = ()
    grant_option: bool = False        # ``select with grant option``: WITH GRANT OPTION


Grants = dict[str, tuple[PrivilegeSpec, ...]]   # role -> privileges

# the object kinds of ALTER DEFAULT PRIVILEGES, as spec keys; ``schemas`` only outside a schema
DEFAULT_PRIVILEGE_KINDS = ("tables", "sequences", "functions", "types", "schemas")


@dataclass(frozen=True)
class DefaultPrivilegesSpec:
    """``default_privileges: {for_role: {tables: grants, ...}}``: what objects ``role`` creates
    later receive (in one schema, or everywhere at the top level). A kind left out (None) is
    reset to PostgreSQL's built-in defaults; the grants of a kind are exact."""

    name: str                           # the creating role (FOR ROLE)
    tables: Grants | None = None
    sequences: Grants | None = None
    functions: Grants | None = None
    types: Grants | None = None
    schemas: Grants | None = None
    origin: SourceMark = NOWHERE

    @property
    def role(self) -> str:
        return self.name

    def kinds(self) -> dict[str, Grants]:
        """The kinds given, in DEFAULT_PRIVILEGE_KINDS order."""
        return {kind: getattr(self, kind) for kind in DEFAULT_PRIVILEGE_KINDS if getattr(self, kind) is not None}


@dataclass(frozen=True)
class ExtensionSpec:
    name: str
    schema: str | None = None
    version: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ForeignDataWrapperSpec:
    """``foreign_data_wrappers: {name: …}`` (database-wide; superuser only)."""

    name: str
    handler: Call | None = None
    validator: Call | None = None
    options: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ServerSpec:
    """``servers: {name: …}``: a foreign server (database-wide)."""

    name: str
    wrapper: str
    type: str | None = None
    version: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class UserMappingSpec:
    """``user_mappings: {role@server: …}``; ``secret_options`` maps an option (``password``) to
    the environment variable apply reads its value from: the value is never in the spec."""

    name: str                               # role@server (PUBLIC@server)
    options: dict[str, str] = field(default_factory=dict)
    secret_options: dict[str, str] = field(default_factory=dict)
    origin: SourceMark = NOWHERE

    @property
    def parts(self) -> tuple[str, str]:
        role, _, server = self.name.rpartition("@")
        return role, server


@dataclass(frozen=True)
class ReferenceSpec:
    """The referenced side of a foreign key; ``schema`` None means the table's own schema."""

    table: str
    columns: tuple[str, ...] = ()
    schema: str | None = None
    column: str | None = None
    on_delete: str | None = None
    on_update: str | None = None
    match: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False
    constraint_name: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def target_columns(self) -> tuple[str, ...]:
        return (self.column,) if self.column else self.columns


@dataclass(frozen=True)
class IdentitySpec:
    """``identity: {generated: always, start: 100, increment: 10}``: an identity column with
    the options of its sequence (``identity: always`` is the short form, without them)."""

    generated: str                      # always | by default
    start: int | None = None
    increment: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    cache: int | None = None
    cycle: bool | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ColumnSpec:
    """A column; ``definition`` holds the shorthand text (``text not null default ''``)."""

    name: str
    type: str | None = None
    definition: str | None = None
    not_null: bool = False
    primary_key: bool = False
    unique: bool = False
    default: str | None = None
    check: str | None = None
    collation: str | None = None
    references: ReferenceSpec | None = None
    identity: str | IdentitySpec | None = None     # always | by default, or with sequence options
    generated: str | None = None
    virtual: bool = False
    comment: str | None = None
    renamed_from: str | None = None     # the column's previous name (an explicit rename hint)
    statistics: int | None = None       # ALTER COLUMN SET STATISTICS (-1: the default)
    storage: str | None = None          # ALTER COLUMN SET STORAGE: plain | external | extended | main | default
    compression: str | None = None      # ALTER COLUMN SET COMPRESSION: pglz | lz4 | default
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class PrimaryKeySpec:
    columns: tuple[str, ...]
    name: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ConstraintSpec:
    """A named table constraint; exactly one of check/unique/primary_key/foreign_key/exclude is set."""

    name: str
    check: str | None = None
    unique: tuple[str, ...] | None = None
    primary_key: tuple[str, ...] | None = None
    foreign_key: tuple[str, ...] | None = None
    references: ReferenceSpec | None = None
    exclude: str | None = None
    include: tuple[str, ...] = ()
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    not_valid: bool = False
    no_inherit: bool = False
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def kind(self) -> str:
        for kind in ("check", "unique", "primary_key", "foreign_key", "exclude"):
            if getattr(self, kind) is not None:
                return kind
        return ""


@dataclass(frozen=True)
class LintSpec:
    """``lint: {disable: [rule-id, ...], reason: text}``: lint rules switched off for one object."""

    disable: tuple[str, ...] = ()
    reason: str = ""
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class IndexElement:
    """One key of an index: a column or an expression, with its options."""

    column: str | None = None
    expression: str | None = None
    collate: str | None = None
    opclass: str | None = None
    order: str | None = None
    nulls: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class IndexSpec:
    """An index; ``definition`` (raw text after the table name, ``USING gin (tags)``) replaces columns & co."""

    name: str
    columns: tuple[IndexElement, ...] = ()
    using: str | None = None
    unique: bool = False
    where: str | None = None
    include: tuple[str, ...] = ()
    nulls_not_distinct: bool = False
    storage: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    lint: LintSpec | None = None
    definition: str | None = None
    renamed_from: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class RowLevelSecurity:
    enabled: bool = True
    force: bool = False
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class PolicySpec:
    name: str
    command: str | None = None          # all | select | insert | update | delete
    roles: tuple[str, ...] = ()         # empty: no TO clause (PUBLIC)
    mode: str | None = None             # permissive | restrictive
    using: str | None = None
    with_check: str | None = None
    comment: str | None = None
    lint: LintSpec | None = None
    renamed_from: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class Referencing:
    old_table: str | None = None
    new_table: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class TriggerSpec:
    name: str
    timing: str
    events: tuple[str, ...]
    function: Call                      # parts: (name,) or (schema, name); inner: argument literals
    for_each: str = "row"
    of: tuple[str, ...] = ()
    when: str | None = None
    referencing: Referencing | None = None
    constraint: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ReplicaIdentitySpec:
    """``replica_identity: full`` (default | full | nothing) or ``{index: name}``."""

    kind: str = "index"
    index: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class PartitionOfSpec:
    """``partition_of: {table, schema, bounds}``: the table is a partition of ``table``;
    ``bounds`` is the SQL partition bound, ``FOR VALUES …`` or ``DEFAULT``."""

    table: str
    bounds: str
    schema: str | None = None           # default: the partition's own schema
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class StatisticsSpec:
    """``statistics: {name: {columns, expressions, kinds, target, comment}}`` on a table:
    CREATE STATISTICS name (kinds) ON columns, (expressions) FROM table."""

    name: str
    columns: tuple[str, ...] = ()
    expressions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()         # ndistinct | dependencies | mcv; empty: all of them
    target: int | None = None           # ALTER STATISTICS … SET STATISTICS (-1: the default)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: dict[str, ColumnSpec] = field(default_factory=dict)
    primary_key: PrimaryKeySpec | None = None
    constraints: dict[str, ConstraintSpec] = field(default_factory=dict)
    indexes: dict[str, IndexSpec] = field(default_factory=dict)
    row_level_security: RowLevelSecurity | None = None
    policies: dict[str, PolicySpec] = field(default_factory=dict)
    triggers: dict[str, TriggerSpec] = field(default_factory=dict)
    statistics: dict[str, StatisticsSpec] = field(default_factory=dict)
    grants: Grants | None = None
    comment: str | None = None
    lint: LintSpec | None = None
    renamed_from: str | None = None
    replica_identity: ReplicaIdentitySpec | None = None
    partition_by: str | None = None     # 'RANGE (payment_date)': a partitioned table
    partition_of: PartitionOfSpec | None = None
    # INHERITS (parent, ...): 'table' (same schema) or 'schema.table', in order
    inherits: tuple[str, ...] = ()
    unlogged: bool = False
    # WITH (name = value, ...): fillfactor, autovacuum_*, toast.* ... as written
    storage_parameters: dict[str, str] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)     # CREATE RULE (spec/rules.RuleSpec), by name
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class SequenceSpec:
    name: str
    type: str | None = None
    start: int | None = None
    increment: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    cache: int | None = None
    cycle: bool = False
    owned_by: Call | None = None        # parts: (table, column) or (schema, table, column)
    grants: Grants | None = None
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class FunctionSpec:
    """A function or procedure; ``name`` is the whitespace-normalized key, e.g. ``add(a int, b int)``."""

    name: str
    language: str
    body: str
    kind: str = "function"
    returns: str | None = None
    volatility: str | None = None
    security: str | None = None
    strict: bool = False
    leakproof: bool = False
    parallel: str | None = None
    cost: int | None = None
    rows: int | None = None
    settings: dict[str, str] = field(default_factory=dict)
    grants: Grants | None = None
    comment: str | None = None
    lint: LintSpec | None = None
    origin: SourceMark = NOWHERE

    @property
    def signature(self) -> Signature:
        return parse_signature(self.name)


@dataclass(frozen=True)
class AggregateSpec:
    """A user-defined aggregate; ``name`` is the whitespace-normalized key, e.g.
    ``group_concat(text)``, ``pct(float8 ORDER BY anyelement)`` or ``mycount(*)``.
    Support functions are names (``Call`` parts, no arguments), as CREATE AGGREGATE takes them."""

    name: str
    sfunc: Call
    stype: str
    kind: str = "normal"                # normal | ordered-set | hypothetical (from the signature)
    sspace: int | None = None
    finalfunc: Call | None = None
    finalfunc_extra: bool = False
    finalfunc_modify: str | None = None  # read_only | shareable | read_write
    combinefunc: Call | None = None
    serialfunc: Call | None = None
    deserialfunc: Call | None = None
    initcond: str | None = None
    msfunc: Call | None = None
    minvfunc: Call | None = None
    mstype: str | None = None
    msspace: int | None = None
    mfinalfunc: Call | None = None
    mfinalfunc_extra: bool = False
    mfinalfunc_modify: str | None = None
    minitcond: str | None = None
    sortop: tuple[str | None, str] | None = None   # (schema or None, operator)
    parallel: str | None = None
    hypothetical: bool = False
    grants: Grants | None = None
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def signature(self) -> Signature:
        return parse_signature(self.name)


@dataclass(frozen=True)
class OperatorSpec:
    """A user-defined operator; ``name`` is the normalized key ``op(left, right)`` (``NONE``
    as the left type of a prefix operator). The function and estimators are names (``Call``
    parts); commutator and negator are (schema or None, operator)."""

    name: str
    function: Call
    commutator: tuple[str | None, str] | None = None
    negator: tuple[str | None, str] | None = None
    restrict: Call | None = None
    join: Call | None = None
    hashes: bool = False
    merges: bool = False
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def parts(self) -> tuple[str, str | None, str]:
        """(operator, left type or None, right type) of the key."""
        return split_operator_key(self.name)


@dataclass(frozen=True)
class OperatorFamilySpec:
    """An operator family; ``name`` is the key ``name using method``. ``operators`` and
    ``functions`` are its loose members as ALTER OPERATOR FAMILY … ADD writes them after
    the keyword: ``2 <<=(integer, integer)``, ``1 (integer, integer) cmp(integer, integer)``."""

    name: str
    operators: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def parts(self) -> tuple[str, str]:
        """(name, method) of the normalized key ``name using method`` (the name unquoted)."""
        name, _, method = self.name.rpartition(" using ")
        return name, method


@dataclass(frozen=True)
class OperatorClassSpec:
    """An operator class; ``name`` is the key ``name using method``; members as CREATE
    OPERATOR CLASS writes them after OPERATOR / FUNCTION."""

    name: str
    type: str
    default: bool = False
    family: Call | None = None
    storage: str | None = None
    operators: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def parts(self) -> tuple[str, str]:
        """(name, method) of the normalized key ``name using method`` (the name unquoted)."""
        name, _, method = self.name.rpartition(" using ")
        return name, method


@dataclass(frozen=True)
class ForeignColumnSpec:
    name: str
    type: str
    not_null: bool = False
    default: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ForeignTableSpec:
    name: str
    server: str
    columns: dict[str, ForeignColumnSpec] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class ViewSpec:
    name: str
    query: str
    columns: tuple[str, ...] = ()
    security_invoker: bool | None = None
    security_barrier: bool | None = None
    check_option: str | None = None
    materialized: bool = False
    with_data: bool = True
    indexes: dict[str, IndexSpec] = field(default_factory=dict)
    grants: Grants | None = None
    comment: str | None = None
    lint: LintSpec | None = None
    renamed_from: str | None = None
    column_comments: dict[str, str] = field(default_factory=dict)   # COMMENT ON COLUMN view.column
    rules: dict[str, Any] = field(default_factory=dict)     # INSTEAD / ALSO rules (spec/rules.RuleSpec), by name
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class TypeSpec:
    """A user-defined type: exactly one of ``enum`` (labels), ``domain`` (base type),
    ``composite`` (attribute name -> type, as written) or ``range`` (subtype) is set."""

    name: str
    enum: tuple[str, ...] | None = None
    domain: str | None = None
    composite: dict[str, str] | None = None
    range: str | None = None
    default: str | None = None          # domain
    not_null: bool = False              # domain
    collation: str | None = None        # domain, range
    subtype_opclass: str | None = None  # range: a btree operator class of the subtype
    canonical: str | None = None        # range: a function name
    subtype_diff: str | None = None     # range: a function name
    multirange_type_name: str | None = None   # range
    check: str | None = None            # domain: one unnamed CHECK (named <type>_check by PostgreSQL)
    constraints: dict[str, str] = field(default_factory=dict)   # domain: name -> CHECK expression
    renamed_values: dict[str, str] = field(default_factory=dict)  # enum: new label -> its old label
    constraint_comments: dict[str, str] = field(default_factory=dict)   # domain: constraint -> comment
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def kind(self) -> str:
        for kind in ("enum", "domain", "composite", "range"):
            if getattr(self, kind) is not None:
                return kind
        return ""


@dataclass(frozen=True)
class CollationSpec:
    """``collations: {name: {provider, locale | lc_collate + lc_ctype, deterministic, rules}}``."""

    name: str
    provider: str = "libc"              # libc | icu | builtin
    locale: str | None = None
    lc_collate: str | None = None       # libc only
    lc_ctype: str | None = None         # libc only
    deterministic: bool = True
    rules: str | None = None            # icu only, PostgreSQL 16+
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class TextSearchDictionarySpec:
    """``text_search_dictionaries: {name: {template, options, comment}}``."""

    name: str
    template: str = ""
    options: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class TextSearchConfigurationSpec:
    """``text_search_configurations: {name: {parser | copy, mappings, comment}}``; a mapping's
    key is one token type or several (``"asciiword, word"``), its value the dictionaries (an
    empty list drops the mapping a copied configuration has)."""

    name: str
    parser: str | None = None
    copy: str | None = None
    mappings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    comment: str | None = None
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class SchemaSpec:
    name: str
    comment: str | None = None
    grants: Grants | None = None
    # roles whose privileges on every object of the schema are managed (format.with_grantees)
    grantees: tuple[str, ...] = ()
    collations: dict[str, CollationSpec] = field(default_factory=dict)
    text_search_dictionaries: dict[str, TextSearchDictionarySpec] = field(default_factory=dict)
    text_search_configurations: dict[str, TextSearchConfigurationSpec] = field(default_factory=dict)
    types: dict[str, TypeSpec] = field(default_factory=dict)
    sequences: dict[str, SequenceSpec] = field(default_factory=dict)
    functions: dict[str, FunctionSpec] = field(default_factory=dict)
    aggregates: dict[str, AggregateSpec] = field(default_factory=dict)
    operators: dict[str, OperatorSpec] = field(default_factory=dict)
    operator_families: dict[str, OperatorFamilySpec] = field(default_factory=dict)
    operator_classes: dict[str, OperatorClassSpec] = field(default_factory=dict)
    foreign_tables: dict[str, ForeignTableSpec] = field(default_factory=dict)
    tables: dict[str, TableSpec] = field(default_factory=dict)
    views: dict[str, ViewSpec] = field(default_factory=dict)
    # None: this schema's default privileges are not managed; else by the creating role
    default_privileges: dict[str, DefaultPrivilegesSpec] | None = None
    # false: a schema the spec does not own; only the objects it lists are managed (spec/partial.py)
    managed: bool = True
    # managed: false: policies and triggers written {absent: true} (dropped if they exist)
    absent: tuple[ObjectKey, ...] = ()
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class RelationSeed:
    """``verify_rls: {tables: {name: {owner: column, seed: {column: SQL}}}}``: what verify-rls cannot
    detect about one relation."""

    name: str = ""
    owner: str | None = None                       # the column holding the owning user's id
    seed: dict[str, str] = field(default_factory=dict)   # column -> SQL expression for seeded rows
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class VerifyRlsSpec:
    """``verify_rls:``: owner columns and seed values verify-rls cannot detect, and the relations and
    functions every role may read by intent (``public: [catalog_items]``)."""

    tables: dict[str, RelationSeed] = field(default_factory=dict)   # "[schema.]name" -> hints
    public: tuple[str, ...] = ()                   # "[schema.]name" of relations / functions public by intent
    origin: SourceMark = NOWHERE


@dataclass(frozen=True)
class SpecDocument:
    """The top level of (merged) spec files, before keys and origins are indexed."""

    version: str = "1"
    preset: str | None = None
    extensions: dict[str, ExtensionSpec] = field(default_factory=dict)
    foreign_data_wrappers: dict[str, ForeignDataWrapperSpec] = field(default_factory=dict)
    servers: dict[str, ServerSpec] = field(default_factory=dict)
    user_mappings: dict[str, UserMappingSpec] = field(default_factory=dict)
    schemas: dict[str, SchemaSpec] = field(default_factory=dict)
    # global default privileges (no IN SCHEMA), by the creating role; None: not managed
    default_privileges: dict[str, DefaultPrivilegesSpec] | None = None
    verify_rls: VerifyRlsSpec | None = None
    # database-wide publications the spec manages, by name (spec/publications.py)
    publications: dict[str, Any] = field(default_factory=dict)
    # database-wide event triggers the spec manages, by name (spec/events.py)
    event_triggers: dict[str, Any] = field(default_factory=dict)
    # casts, by 'source AS target' (spec/casts.py)
    casts: dict[str, Any] = field(default_factory=dict)
    origin: SourceMark = NOWHERE


@dataclass(frozen=True, eq=False)
class Spec:
    """A loaded, validated spec: the desired state as written, with where each object was written."""

    preset: str | None
    schemas: dict[str, SchemaSpec]
    extensions: dict[str, ExtensionSpec]
    origins: dict[ObjectKey, SourceMark]
    grant_targets: frozenset[ObjectKey]
    files: tuple[Path, ...]
    # for each grant target, the roles whose privileges on it the spec manages
    grant_roles: dict[ObjectKey, frozenset[str]] = field(default_factory=dict)
    # explicit rename hints: the object's key in the spec -> the key it had before;
    # a column is ObjectKey("column", schema, name, table) with the table's new name in both
    renames: dict[ObjectKey, ObjectKey] = field(default_factory=dict)
    # global default privileges (schemas hold their own), by the creating role
    default_privileges: dict[str, DefaultPrivilegesSpec] = field(default_factory=dict)
    # hints for pgdecl verify-rls (never part of the desired state)
    verify_rls: VerifyRlsSpec = field(default_factory=VerifyRlsSpec)
    # database-wide foreign data wrappers and servers the spec manages (others are left alone)
    foreign_data_wrappers: dict[str, ForeignDataWrapperSpec] = field(default_factory=dict)
    servers: dict[str, ServerSpec] = field(default_factory=dict)
    user_mappings: dict[str, UserMappingSpec] = field(default_factory=dict)
    # the publications the spec manages, by name (spec/publications.PublicationSpec)
    publications: dict[str, Any] = field(default_factory=dict)
    # the event triggers the spec manages, by name (spec/events.EventTriggerSpec)
    event_triggers: dict[str, Any] = field(default_factory=dict)
    # the casts it lists, by 'source AS target' (spec/casts.CastSpec)
    casts: dict[str, Any] = field(default_factory=dict)
    # statements rendered before (spec/chunks.py): (kind, schema, name) -> (the object, its
    # statements); render_ddl takes them for that very object only
    rendered: dict[tuple[str, str, str], tuple[Any, list[Any]]] = field(default_factory=dict, repr=False)

    @property
    def managed_schemas(self) -> tuple[str, ...]:
        """The schemas read (``managed: false`` ones too: only what they list is compared)."""
        return tuple(sorted(self.schemas))

    @property
    def named_outside_schemas(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The names of the publications and event triggers the spec manages (``absent`` ones
        too) and of its ``managed: false`` schemas: what a plan does not name as unmanaged
        (kept with the cached spec's head, so a converged plan does not load the spec)."""
        return (frozenset(self.publications), frozenset(self.event_triggers),
                frozenset(name for name, schema in self.schemas.items() if not schema.managed))

    @property
    def partial_schemas(self) -> dict[str, SchemaSpec]:
        """The ``managed: false`` schemas, by name."""
        return {name: schema for name, schema in self.schemas.items() if not schema.managed}

    @property
    def default_privilege_scopes(self) -> frozenset[tuple[str, str]]:
        """The (schema, creating role) pairs whose default privileges are managed; schema ''
        is the global entries (no IN SCHEMA)."""
        scopes = {("", role) for role in self.default_privileges}
        for schema in self.schemas.values():
            scopes |= {(schema.name, role) for role in schema.default_privileges or {}}
        return frozenset(scopes)
