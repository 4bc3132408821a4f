"""The catalog model: plain frozen values for every object kind pgdecl manages.

Both sides of a diff are a ``Catalog``: the live database and the desired state
(the spec after PostgreSQL canonicalized it in a scratch database). All text
fields hold *catalog* text (``format_type``, ``pg_get_expr``, ``pg_get_indexdef``
...), read with ``search_path = ''`` so every name is schema-qualified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple


class SourceMark(NamedTuple):
    """Where an object was written in the spec (1-based line and column)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class QualifiedName(NamedTuple):
    schema: str
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}"


class ObjectKey(NamedTuple):
    """Identity of a catalog object.

    ``kind`` is one of KINDS. ``parent`` is the table (or view) name for objects
    that live on a relation (constraint, policy, trigger); empty otherwise.
    For functions ``name`` is ``name(identity arguments)``, e.g.
    ``set_updated_at()`` or ``add(a integer, b integer)``; for aggregates too
    (``group_concat(text)``, ``pct(double precision ORDER BY anyelement)``,
    ``mycount(*)``). For schemas and
    extensions ``schema`` is the schema name itself / the extension's schema is
    not part of the identity (``ObjectKey("extension", "", "pg_trgm")``).
    """

    kind: str
    schema: str
    name: str
    parent: str = ""

    def __str__(self) -> str:
        if self.kind == "schema":
            return f"schema {self.name}"
        if self.kind == "cast":
            return f"cast {self.name}"
        if self.kind in ("extension", "publication", "event trigger"):
            return f"{self.kind} {self.name}"
        if self.kind == "default_privileges":
            where = f" in schema {self.schema}" if self.schema else ""
            return f"default privileges of {self.parent} on {self.name}{where}"
        if self.parent:
            return f"{self.kind} {self.name} on {self.schema}.{self.parent}"
        if not self.schema:          # database-wide: foreign data wrappers, servers, user mappings
            return f"{self.kind} {self.name}"
        return f"{self.kind} {self.schema}.{self.name}"


KINDS = (
    "schema", "extension", "collation", "type", "sequence", "function", "aggregate", "table", "constraint",
    "index", "view", "policy", "trigger", "statistics", "text search dictionary", "text search configuration",
    "operator", "operator family", "operator class", "foreign data wrapper", "server", "user mapping", "foreign table",
    "publication", "event trigger", "rule", "cast",
)


@dataclass(frozen=True, slots=True, order=True)
class UnmanagedObject:
    """An object in a managed schema whose kind pgdecl does not manage (queries/unmanaged.sql):
    never created, changed or dropped, but always named by plan and export."""

    schema: str
    kind: str                        # 'rule', 'operator class', 'function', 'cast', ...
    name: str                        # its identity in the schema: 'r on t', 'f(integer)', '(a AS b)'
    detail: str = ""                 # why, when the kind alone does not say: 'language c'

    def describe(self) -> str:
        # a cast or an event trigger has no schema: it is listed under its function's or type's
        text = f"{self.kind} {self.name}" if self.kind in ("cast", "event trigger", "subscription") else \
            f"{self.kind} {self.schema}.{self.name}"
        return f"{text} ({self.detail})" if self.detail else text

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "schema": self.schema, "name": self.name, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("schema", self.name, self.name)


@dataclass(frozen=True, slots=True)
class Extension:
    name: str
    schema: str                      # schema the extension's objects live in
    version: str | None              # None in a desired catalog = "any version"
    origin: SourceMark | None = field(default=None, compare=False, repr=False)
    # a desired extension whose spec names no schema: wherever it is installed will do
    any_schema: bool = field(default=False, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("extension", "", self.name)


COLLATION_PROVIDERS = {"c": "libc", "i": "icu", "b": "builtin", "d": "default"}


@dataclass(frozen=True, slots=True)
class Collation:
    """A collation (CREATE COLLATION): what PostgreSQL stores, in the words CREATE COLLATION
    takes. ``locale`` for the icu and builtin providers, ``lc_collate`` / ``lc_ctype`` for
    libc. It cannot be altered in place: any difference recreates it."""

    schema: str
    name: str
    provider: str                    # libc | icu | builtin
    locale: str | None = None
    lc_collate: str | None = None
    lc_ctype: str | None = None
    deterministic: bool = True
    rules: str | None = None         # ICU tailoring rules (PostgreSQL 16+)
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("collation", self.schema, self.name)

    @property
    def shape(self) -> str:
        """Everything but the comment, as render_collations compares it in the catalog."""
        return "|".join([self.provider, self.locale or "", self.lc_collate or "", self.lc_ctype or "",
                         "t" if self.deterministic else "f", self.rules or ""])


@dataclass(frozen=True, slots=True)
class TextSearchDictionary:
    """CREATE TEXT SEARCH DICTIONARY: a template (built in or an extension's: templates need C
    functions, which the spec cannot declare) and its options."""

    schema: str
    name: str
    template: str                    # qualified: 'pg_catalog.snowball'
    options: tuple[tuple[str, str], ...] = ()   # (name, value) sorted by name, values unquoted
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("text search dictionary", self.schema, self.name)


@dataclass(frozen=True, slots=True)
class TextSearchConfiguration:
    """CREATE TEXT SEARCH CONFIGURATION: a parser and, for each token type, the dictionaries
    tried in order."""

    schema: str
    name: str
    parser: str                      # qualified: 'pg_catalog."default"'
    mappings: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (token type, dictionaries) by token type
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("text search configuration", self.schema, self.name)


def parse_dictionary_options(text: str | None) -> tuple[tuple[str, str], ...]:
    """pg_ts_dict.dictinitoption (``stopwords = 'english', accept = 'false'``, a value quoted or
    not) as (name, value) pairs sorted by name."""
    pairs: list[tuple[str, str]] = []
    for match in _DICT_OPTION.finditer(text or ""):
        name = match["name"]
        name = name[1:-1].replace('""', '"') if name.startswith('"') else name
        value = match["quoted"].replace("''", "'") if match["quoted"] is not None else match["bare"]
        pairs.append((name, value))
    return tuple(sorted(pairs))


_DICT_OPTION = re.compile(r"""(?P<name>"(?:[^"]|"")*"|[^\s=,]+)\s*=\s*(?:'(?P<quoted>(?:[^']|'')*)'|(?P<bare>[^\s,]+))""")


@dataclass(frozen=True, slots=True)
class DomainConstraint:
    name: str
    definition: str                  # pg_get_constraintdef: 'CHECK ((VALUE > 0))' [' NOT VALID']
    comment: str | None = field(default=None, compare=False)    # compared apart (types.py)


@dataclass(frozen=True, slots=True)
class TypeAttribute:
    """One attribute of a composite type."""

    name: str
    type: str                        # format_type
    collation: str | None = None     # only when it differs from the type's default


TYPE_KINDS = {"e": "enum", "d": "domain", "c": "composite", "r": "range"}


@dataclass(frozen=True, slots=True)
class UserType:
    """A user-defined enum, domain, composite or range type (they share one namespace: pg_type)."""

    schema: str
    name: str
    kind: str                        # enum | domain | composite | range
    labels: tuple[str, ...] = ()     # enum: labels in sort order
    base_type: str | None = None     # domain: format_type(typbasetype, typtypmod); range: the subtype
    default: str | None = None       # domain: pg_get_expr(typdefaultbin)
    not_null: bool = False           # domain
    collation: str | None = None     # domain, range: only when it differs from the base type's / subtype's
    constraints: tuple[DomainConstraint, ...] = ()   # domain CHECK constraints, by name
    attributes: tuple[TypeAttribute, ...] = ()       # composite: in attnum order
    # range: the subtype's btree operator class when not its default, the canonical and
    # subtype_diff functions (regproc text) and the multirange type's qualified name
    subtype_opclass: str | None = None
    canonical: str | None = None
    subtype_diff: str | None = None
    multirange: str | None = None
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)
    # desired side only, from the spec: enum labels renamed from an old label, (old, new)
    renamed_labels: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("type", self.schema, self.name)

    @property
    def qualified(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Sequence:
    """A free-standing or column-owned (serial) sequence; identity sequences are not listed."""

    schema: str
    name: str
    data_type: str                   # format_type: 'bigint', 'integer', 'smallint'
    start: int
    increment: int
    min_value: int
    max_value: int
    cache: int
    cycle: bool
    owned_by: tuple[str, str, str] | None   # (schema, table, column) or None
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("sequence", self.schema, self.name)


_INTEGER_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}


@dataclass(frozen=True, slots=True)
class IdentityOptions:
    """The sequence options of an identity column (pg_sequence of its internal sequence)."""

    start: int
    increment: int
    min_value: int
    max_value: int
    cache: int = 1
    cycle: bool = False

    def explicit(self, type_name: str) -> dict[str, int | bool]:
        """The options unlike what ``GENERATED … AS IDENTITY`` gives a column of ``type_name``
        without them (as pg_dump decides): start, increment, min_value, max_value, cache, cycle."""
        top = _INTEGER_MAX.get(type_name, _INTEGER_MAX["bigint"])
        ascending = self.increment > 0
        defaults = {"increment": 1, "min_value": 1 if ascending else -top - 1, "max_value": top if ascending else -1,
                    "cache": 1, "cycle": False}
        defaults["start"] = self.min_value if ascending else self.max_value
        return {name: getattr(self, name) for name in ("start", "increment", "min_value", "max_value", "cache", "cycle")
                if getattr(self, name) != defaults[name]}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str                        # format_type(atttypid, atttypmod): 'text[]', 'character varying(20)'
    not_null: bool = False
    default: str | None = None       # pg_get_expr(adbin) when not generated
    identity: str | None = None      # 'always' | 'by default' | None
    identity_options: IdentityOptions | None = None   # an identity column's sequence options
    generated: str | None = None     # expression of a generated column
    virtual: bool = False            # generated VIRTUAL (PostgreSQL 18) rather than STORED
    collation: str | None = None     # only when it differs from the type's default: pg_catalog."C"
    comment: str | None = None
    statistics: int | None = None    # SET STATISTICS target; None: the default (-1)
    storage: str | None = None       # SET STORAGE (plain | external | extended | main) unlike the type's default
    compression: str | None = None   # SET COMPRESSION (pglz | lz4); None: default_toast_compression
    # the type's storage, what SET STORAGE goes back to (DEFAULT is PostgreSQL 16+); never compared
    type_storage: str = field(default="extended", compare=False, repr=False)
    # inherited from a parent (INHERITS or a partition's parent) and not declared by the table
    # itself (attislocal false): it follows the parent; never compared
    inherited: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...]      # in attnum order; diff compares them by name
    rls_enabled: bool = False
    rls_forced: bool = False
    comment: str | None = None
    replica_identity: str = "default"          # default | full | nothing | index
    replica_identity_index: str | None = None  # replica_identity == index: the index name
    partition_by: str | None = None            # pg_get_partkeydef of a partitioned table: 'RANGE (payment_date)'
    partition_of: QualifiedName | None = None  # a partition: its parent table
    partition_bound: str | None = None         # a partition: pg_get_expr(relpartbound): 'FOR VALUES IN (1, 2)', 'DEFAULT'
    inherits: tuple[QualifiedName, ...] = ()   # INHERITS parents (not a partition's), in inhseqno order
    unlogged: bool = False
    # storage parameters as pg_class.reloptions stores them, the TOAST table's prefixed
    # 'toast.': ('fillfactor=70', 'toast.autovacuum_enabled=false'), sorted
    options: tuple[str, ...] = ()
    origin: SourceMark | None = field(default=None, compare=False, repr=False)
    # live size (pg_total_relation_size), decides online changes; never compared. Not
    # introspected: engine.plan_between measures the tables a plan changes (sizes.sql)
    size_bytes: int = field(default=0, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("table", self.schema, self.name)

    @property
    def qualified(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)

    @property
    def parent_key(self) -> ObjectKey | None:
        """The key of the table this one is a partition of."""
        return ObjectKey("table", *self.partition_of) if self.partition_of else None

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None


CONSTRAINT_KINDS = {"p": "primary key", "u": "unique", "f": "foreign key", "c": "check", "x": "exclusion"}


@dataclass(frozen=True, slots=True)
class Constraint:
    schema: str
    table: str
    name: str
    kind: str                        # pg_constraint.contype: p u f c x
    definition: str                  # pg_get_constraintdef(oid): 'FOREIGN KEY (client_id) REFERENCES public.clients(id) ON DELETE CASCADE'
    columns: tuple[str, ...] = ()    # conkey column names, in key order
    ref_table: QualifiedName | None = None   # foreign keys: the referenced table
    ref_columns: tuple[str, ...] = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("constraint", self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Index:
    """A stand-alone index (indexes that back a PK/UNIQUE/EXCLUDE constraint are not listed)."""

    schema: str
    table: str                       # table or materialized view the index is on
    name: str
    definition: str                  # pg_get_indexdef(indexrelid): 'CREATE INDEX idx ON public.deals USING gin (tags)'
    method: str                      # pg_am.amname: btree, gin, gist, hash, brin, spgist
    unique: bool = False
    columns: tuple[str, ...] = ()    # key column names ('' for an expression)
    valid: bool = True               # False for a leftover of an interrupted CONCURRENTLY build
    comment: str | None = None
    # storage parameters as pg_class.reloptions stores them: ('fillfactor=70',), sorted; also
    # part of the definition (WITH (...)), changed in place when nothing else differs
    options: tuple[str, ...] = ()
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("index", self.schema, self.name)

    @property
    def shape(self) -> str:
        """The definition without its ``WITH (…)`` storage parameters (pg_get_indexdef prints
        them after the columns and INCLUDE, before TABLESPACE and WHERE)."""
        return _INDEX_WITH.sub("", self.definition, count=1) if self.options else self.definition


# ' WITH (fillfactor=\'70\', deduplicate_items=off)': names, = and values quoted by flatten_reloptions
_INDEX_WITH = re.compile(r" WITH \((?:[^()']|'(?:[^']|'')*')*\)(?= TABLESPACE | WHERE |$)")


def split_index_definition(definition: str) -> tuple[str, str, str]:
    """'CREATE INDEX name ON …' → ('CREATE INDEX ', 'name', ' ON …'); the name may be quoted."""
    for prefix in ("CREATE UNIQUE INDEX ", "CREATE INDEX "):
        if definition.startswith(prefix):
            rest = definition[len(prefix):]
            if rest.startswith('"'):
                end = 1
                while True:
                    end = rest.index('"', end)
                    if rest[end:end + 2] == '""':
                        end += 2
                        continue
                    break
                return prefix, rest[:end + 1], rest[end + 1:]
            name, space, tail = rest.partition(" ")
            return prefix, name, space + tail
    raise ValueError(f"unexpected index definition {definition!r}")


POLICY_COMMANDS = {"*": "all", "r": "select", "a": "insert", "w": "update", "d": "delete"}


@dataclass(frozen=True, slots=True)
class Policy:
    schema: str
    table: str
    name: str
    command: str                     # all | select | insert | update | delete
    permissive: bool
    roles: tuple[str, ...]           # sorted; ('public',) when the policy applies to everyone
    using: str | None                # pg_get_expr(polqual)
    check: str | None                # pg_get_expr(polwithcheck)
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("policy", self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Function:
    schema: str
    name: str
    identity_args: str               # pg_get_function_identity_arguments: 'a integer, b integer'
    arguments: str                   # pg_get_function_arguments (with defaults)
    result: str | None               # pg_get_function_result; None for procedures
    kind: str                        # 'function' | 'procedure' | 'aggregate' | 'window'
    language: str
    definition: str                  # pg_get_functiondef: the full CREATE OR REPLACE text
    volatility: str = "volatile"     # immutable | stable | volatile
    security_definer: bool = False
    config: tuple[str, ...] = ()     # proconfig, e.g. ('search_path=""',)
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("function", self.schema, f"{self.name}({self.identity_args})")

    @property
    def signature(self) -> str:
        return f"{self.name}({self.identity_args})"


AGGREGATE_KINDS = {"n": "normal", "o": "ordered-set", "h": "hypothetical"}
FINALFUNC_MODIFY = {"r": "read_only", "s": "shareable", "w": "read_write"}


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A user-defined aggregate (pg_aggregate ⋈ pg_proc). Support functions are regproc
    text (qualified unless in pg_catalog), types format_type, the sort operator
    ``schema.op``; what CREATE AGGREGATE leaves unset is None."""

    schema: str
    name: str
    identity_args: str               # pg_get_function_identity_arguments; '*' for a zero-argument aggregate
    kind: str                        # normal | ordered-set | hypothetical (pg_aggregate.aggkind)
    result: str                      # pg_get_function_result: CREATE OR REPLACE cannot change it
    sfunc: str
    stype: str
    sspace: int = 0
    finalfunc: str | None = None
    finalfunc_extra: bool = False
    finalfunc_modify: str = "read_only"      # read_only | shareable | read_write
    combinefunc: str | None = None
    serialfunc: str | None = None
    deserialfunc: str | None = None
    initcond: str | None = None
    msfunc: str | None = None
    minvfunc: str | None = None
    mstype: str | None = None
    msspace: int = 0
    mfinalfunc: str | None = None
    mfinalfunc_extra: bool = False
    mfinalfunc_modify: str = "read_only"
    minitcond: str | None = None
    sortop: str | None = None        # 'pg_catalog.>'
    parallel: str = "unsafe"         # safe | restricted | unsafe
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("aggregate", self.schema, f"{self.name}({self.identity_args})")

    @property
    def signature(self) -> str:
        return f"{self.name}({self.identity_args})"


@dataclass(frozen=True, slots=True)
class Operator:
    """A user-defined operator (pg_operator). ``left`` is None for a prefix operator; the
    function and estimators are regproc text; commutator and negator are ``schema.op``
    (their argument types follow from this operator's: swapped for the commutator)."""

    schema: str
    name: str
    left: str | None
    right: str
    function: str
    commutator: str | None = None
    negator: str | None = None
    restrict: str | None = None
    join: str | None = None
    hashes: bool = False
    merges: bool = False
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("operator", self.schema, operator_signature(self.name, self.left, self.right))


def operator_signature(name: str, left: str | None, right: str) -> str:
    """An operator's key name: ``===(integer, integer)``, ``!!(NONE, bigint)`` for a prefix one."""
    return f"{name}({left or 'NONE'}, {right})"


# a member of an operator class or family: (kind 'operator' | 'function', strategy or support
# number, left type, right type, definition as CREATE OPERATOR CLASS writes it after the number)
OperatorMember = tuple[str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class OperatorFamily:
    """A user-defined operator family (not one CREATE OPERATOR CLASS made for itself) and its
    loose members (ALTER OPERATOR FAMILY … ADD; not bound to a class)."""

    schema: str
    name: str
    method: str
    members: tuple[OperatorMember, ...] = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("operator family", self.schema, f"{self.name} using {self.method}")


@dataclass(frozen=True, slots=True)
class OperatorClass:
    """A user-defined operator class; ``family`` is ``schema.name``, ``members`` the operators
    and support functions bound to the class."""

    schema: str
    name: str
    method: str
    type: str
    default: bool
    family: str
    storage: str | None = None
    members: tuple[OperatorMember, ...] = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("operator class", self.schema, f"{self.name} using {self.method}")

    @property
    def family_key(self) -> ObjectKey:
        schema, _, name = self.family.partition(".")
        return ObjectKey("operator family", schema, f"{name} using {self.method}")


# options of a foreign data wrapper, server or foreign table: (name, value) pairs, sorted by name
Options = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ForeignDataWrapper:
    """A foreign data wrapper that no extension owns; database-wide (key schema '')."""

    name: str
    handler: str | None = None
    validator: str | None = None
    options: Options = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("foreign data wrapper", "", self.name)


@dataclass(frozen=True, slots=True)
class Server:
    """A foreign server; database-wide (key schema '')."""

    name: str
    wrapper: str
    type: str | None = None
    version: str | None = None
    options: Options = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("server", "", self.name)


@dataclass(frozen=True, slots=True)
class UserMapping:
    """A user mapping; ``secrets`` names the options holding secrets (their values are never
    read). ``secret_env`` (desired side only, from the spec): option -> environment variable."""

    role: str                        # PUBLIC for a mapping of every role
    server: str
    options: Options = ()
    secrets: tuple[str, ...] = ()
    secret_env: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("user mapping", "", f"{self.role}@{self.server}")


@dataclass(frozen=True, slots=True)
class ForeignColumn:
    name: str
    type: str                        # format_type
    not_null: bool = False
    default: str | None = None       # pg_get_expr
    options: Options = ()


@dataclass(frozen=True, slots=True)
class ForeignTable:
    """A foreign table (not a partition: a foreign partition stays unmanaged)."""

    schema: str
    name: str
    server: str
    columns: tuple[ForeignColumn, ...] = ()
    options: Options = ()
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("foreign table", self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Trigger:
    schema: str
    table: str
    name: str
    definition: str                  # pg_get_triggerdef(oid): 'CREATE TRIGGER t BEFORE UPDATE ON public.deals FOR EACH ROW EXECUTE FUNCTION public.f()'
    function: ObjectKey              # the trigger function's key
    constraint: bool = False         # CREATE CONSTRAINT TRIGGER (cannot be CREATE OR REPLACEd)
    enabled: str = "O"               # pg_trigger.tgenabled: O A R D
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("trigger", self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Statistics:
    """An extended statistics object (CREATE STATISTICS) on a table. Its name is unique in
    its schema; the key's parent is the table, as for a constraint."""

    schema: str
    table: str
    name: str
    definition: str                  # pg_get_statisticsobjdef: 'CREATE STATISTICS public.s (mcv) ON a, b FROM public.t'
    target: int | None = None        # SET STATISTICS; None: the default
    columns: tuple[str, ...] = ()    # for export (the definition holds them)
    expressions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()      # ndistinct | dependencies | mcv, as built
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("statistics", self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class View:
    schema: str
    name: str
    definition: str                  # pg_get_viewdef(oid): the SELECT text, no WITH (...)
    columns: tuple[tuple[str, str], ...]   # (name, format_type) in order
    options: tuple[tuple[str, str], ...] = ()   # sorted reloptions without check_option; booleans as 'true'/'false'
    check_option: str | None = None  # 'local' | 'cascaded' | None
    materialized: bool = False
    comment: str | None = None
    column_comments: tuple[tuple[str, str], ...] = ()   # (column, comment) in column order
    # a materialized view's data is state, not schema: it is created WITH NO DATA when the
    # spec says with_data: false, and never compared
    populated: bool = field(default=True, compare=False, repr=False)
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("view", self.schema, self.name)

    def option(self, name: str) -> str | None:
        return dict(self.options).get(name)


@dataclass(frozen=True, slots=True)
class Privilege:
    """One privilege held by a grantee on an object (from aclexplode)."""

    target: ObjectKey                # schema / table / view / sequence / function key
    grantee: str                     # role name, or 'PUBLIC'
    privilege: str                   # SELECT, INSERT, ..., USAGE, EXECUTE
    column: str = ""                 # column privileges: the column name
    grantable: bool = False

    @property
    def key(self) -> tuple[ObjectKey, str, str, str]:
        return (self.target, self.grantee, self.privilege, self.column)


AclItem = tuple[str, str, bool]      # (grantee or 'PUBLIC', privilege, grantable)


@dataclass(frozen=True, slots=True)
class DefaultPrivileges:
    """One pg_default_acl entry: what objects of ``kind`` (tables, sequences, functions,
    types, schemas) that ``role`` creates later receive, in ``schema`` ('' = everywhere).

    ``grants`` is the stored ACL, exploded and sorted. ``builtin`` is what having no
    entry means: for a global entry PostgreSQL's built-in defaults (acldefault), for a
    schema entry nothing.
    """

    role: str
    schema: str
    kind: str
    grants: tuple[AclItem, ...]
    builtin: tuple[AclItem, ...] = field(default=(), compare=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("default_privileges", self.schema, self.kind, self.role)


class Dependency(NamedTuple):
    """``dependent`` needs ``referenced`` (from pg_depend). ``column`` names the
    referenced table column when the dependency is on one column (a view that
    reads deals.stage), else ''.

    A named tuple, like the keys it holds: the most numerous objects of a catalog (~14
    per table), built, hashed and compared in C (half the time to load a cached
    catalog was building and hashing them as dataclasses)."""

    dependent: ObjectKey
    referenced: ObjectKey
    column: str = ""


@dataclass(frozen=True, slots=True, order=True)
class PublicationTable:
    """One table of a publication: its column list (None: every column) and row filter
    (pg_get_expr of prqual, None: every row); both PostgreSQL 15 and later."""

    schema: str
    name: str
    columns: tuple[str, ...] | None = None
    where: str | None = None


PUBLISH_ACTIONS = ("insert", "update", "delete", "truncate")


@dataclass(frozen=True, slots=True)
class Publication:
    """A publication (database-wide, no schema): FOR ALL TABLES, or its tables and schemas."""

    name: str
    all_tables: bool = False
    publish: tuple[str, ...] = PUBLISH_ACTIONS      # in PUBLISH_ACTIONS order
    via_root: bool = False                          # publish_via_partition_root
    tables: tuple[PublicationTable, ...] = ()       # sorted
    schemas: tuple[str, ...] = ()                   # FOR TABLES IN SCHEMA (15+), sorted
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("publication", "", self.name)



@dataclass(frozen=True, slots=True)
class EventTrigger:
    """An event trigger (database-wide, no schema)."""

    name: str
    event: str                       # ddl_command_start | ddl_command_end | sql_drop | table_rewrite | login
    function: str                    # 'schema.name' (evtfoid::regproc under an empty search_path)
    tags: tuple[str, ...] = ()       # WHEN TAG IN (…), as stored
    enabled: str = "O"               # evtenabled: O (origin), R (replica), A (always), D (disabled)
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("event trigger", "", self.name)


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule on a table or view (not a view's own _RETURN rule)."""

    schema: str
    table: str                       # the table or view it is on
    name: str
    definition: str                  # pg_get_ruledef: 'CREATE RULE r AS ON DELETE TO app.t DO INSTEAD NOTHING;'
    comment: str | None = None
    # ev_enabled (O, D, R, A): not managed, export warns when it is not O
    enabled: str = field(default="O", compare=False)
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("rule", self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Cast:
    """A cast that involves a type or function of a managed schema (no schema of its own)."""

    source: str                      # format_type
    target: str
    method: str                      # castmethod: f (function), i (inout), b (binary)
    context: str                     # castcontext: e (explicit), a (assignment), i (implicit)
    function: str | None = None      # castfunc::regprocedure: 'app.pair_a(app.pair)'
    # what it uses, for ordering: the function's key, the user types' keys (as type and as table)
    uses: tuple[ObjectKey, ...] = field(default=(), compare=False)
    schemas: tuple[str, ...] = field(default=(), compare=False)   # the managed schemas it involves
    comment: str | None = None
    origin: SourceMark | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("cast", "", f"({self.source} AS {self.target})")


@dataclass(slots=True)
class Catalog:
    """Everything pgdecl knows about one database (or one desired state), by key."""

    schemas: dict[ObjectKey, Schema] = field(default_factory=dict)
    extensions: dict[ObjectKey, Extension] = field(default_factory=dict)
    collations: dict[ObjectKey, Collation] = field(default_factory=dict)
    types: dict[ObjectKey, UserType] = field(default_factory=dict)
    sequences: dict[ObjectKey, Sequence] = field(default_factory=dict)
    tables: dict[ObjectKey, Table] = field(default_factory=dict)
    constraints: dict[ObjectKey, Constraint] = field(default_factory=dict)
    indexes: dict[ObjectKey, Index] = field(default_factory=dict)
    functions: dict[ObjectKey, Function] = field(default_factory=dict)
    aggregates: dict[ObjectKey, Aggregate] = field(default_factory=dict)
    operators: dict[ObjectKey, Operator] = field(default_factory=dict)
    operator_families: dict[ObjectKey, OperatorFamily] = field(default_factory=dict)
    operator_classes: dict[ObjectKey, OperatorClass] = field(default_factory=dict)
    foreign_data_wrappers: dict[ObjectKey, ForeignDataWrapper] = field(default_factory=dict)
    servers: dict[ObjectKey, Server] = field(default_factory=dict)
    user_mappings: dict[ObjectKey, UserMapping] = field(default_factory=dict)
    foreign_tables: dict[ObjectKey, ForeignTable] = field(default_factory=dict)
    triggers: dict[ObjectKey, Trigger] = field(default_factory=dict)
    views: dict[ObjectKey, View] = field(default_factory=dict)
    policies: dict[ObjectKey, Policy] = field(default_factory=dict)
    statistics: dict[ObjectKey, Statistics] = field(default_factory=dict)
    text_search_dictionaries: dict[ObjectKey, TextSearchDictionary] = field(default_factory=dict)
    text_search_configurations: dict[ObjectKey, TextSearchConfiguration] = field(default_factory=dict)
    privileges: dict[tuple[ObjectKey, str, str, str], Privilege] = field(default_factory=dict)
    dependencies: frozenset[Dependency] = frozenset()
    default_privileges: dict[ObjectKey, DefaultPrivileges] = field(default_factory=dict)
    # what a partition inherits from its parent (constraints cloned from the parent's, indexes
    # attached to the parent's, cloned triggers), by key: never diffed or exported as the
    # partition's own, but a detached partition keeps them as its own
    inherited: dict[ObjectKey, object] = field(default_factory=dict)
    # objects of the managed schemas that no spec describes (kinds pgdecl does not manage)
    unmanaged: tuple[UnmanagedObject, ...] = ()
    server_version: int = 0          # server_version_num
    # database-wide objects (the live side: every one; the desired side: the spec's)
    publications: dict[ObjectKey, Publication] = field(default_factory=dict)
    event_triggers: dict[ObjectKey, EventTrigger] = field(default_factory=dict)
    rules: dict[ObjectKey, Rule] = field(default_factory=dict)
    casts: dict[ObjectKey, Cast] = field(default_factory=dict)
    # database-wide objects the spec says must not exist (``absent: true``): dropped if present
    absent: frozenset[ObjectKey] = frozenset()
    # (source, target) of every cast (pg_cast), format_type names without modifiers
    cast_paths: frozenset[tuple[str, str]] = frozenset()

    def get(self, key: ObjectKey) -> object | None:
        """The object with this key, whatever its kind."""
        return self.by_kind(key.kind).get(key)

    def by_kind(self, kind: str) -> dict[ObjectKey, object]:
        return {
            "schema": self.schemas, "extension": self.extensions, "collation": self.collations, "type": self.types,
            "sequence": self.sequences, "table": self.tables,
            "constraint": self.constraints, "index": self.indexes,
            "function": self.functions, "aggregate": self.aggregates, "trigger": self.triggers,
            "view": self.views, "policy": self.policies, "operator": self.operators,
            "operator family": self.operator_families, "operator class": self.operator_classes,
            "foreign data wrapper": self.foreign_data_wrappers, "server": self.servers,
            "user mapping": self.user_mappings, "foreign table": self.foreign_tables,
            "statistics": self.statistics,
            "text search dictionary": self.text_search_dictionaries,
            "text search configuration": self.text_search_configurations,
            "publication": self.publications,
            "event trigger": self.event_triggers, "rule": self.rules, "cast": self.casts,
        }[kind]  # type: ignore[return-value]

    def all_objects(self) -> dict[ObjectKey, object]:
        merged: dict[ObjectKey, object] = {}
        for kind in KINDS:
            merged.update(self.by_kind(kind))
        return merged

    def dependents_of(self, key: ObjectKey, column: str | None = None) -> set[ObjectKey]:
        """Keys of objects that depend on ``key`` (on one column of it when ``column`` is given)."""
        return {dep.dependent for dep in _by_referenced(self.dependencies).get(key, ())
                if column is None or dep.column == column}


_referenced_index: list[tuple[frozenset[Dependency], dict[ObjectKey, list[Dependency]]]] = []


def _by_referenced(dependencies: frozenset[Dependency]) -> dict[ObjectKey, list[Dependency]]:
    """The dependencies grouped by what they reference, built once per set (a set is never
    changed, a changed catalog gets a new one): a plan that changes many tables asks for
    each one's dependents, and scanning every dependency each time was quadratic."""
    for known, index in _referenced_index:
        if known is dependencies:
            return index
    index: dict[ObjectKey, list[Dependency]] = {}
    for dep in dependencies:
        index.setdefault(dep.referenced, []).append(dep)
    _referenced_index.append((dependencies, index))
    del _referenced_index[:-4]          # the live and desired sets of the plans of this process
    return index
