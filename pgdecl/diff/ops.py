"""Operations: what a diff decides to do, as data. Only render.py turns them into SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from typing import Union

from pgdecl.catalog.model import (
    Aggregate, Column, Constraint, Extension, Function, Index, ObjectKey, Operator, OperatorClass, OperatorFamily,
    OperatorMember, Policy, Privilege, ForeignDataWrapper, ForeignTable, Server, UserMapping,
    Rule, Schema, Sequence, Table, Trigger, View,
)

# --- guard conditions: when a step still has work to do (rendered as SQL booleans) ---


@dataclass(frozen=True, slots=True)
class DefinitionDiffers:
    """The live object ``key`` exists and its catalog definition is not ``expected``."""

    key: ObjectKey
    expected: str


@dataclass(frozen=True, slots=True)
class ColumnTypeDiffers:
    """Column ``column`` of table ``table`` exists and its format_type is not ``expected``."""

    table: ObjectKey
    column: str
    expected: str


@dataclass(frozen=True, slots=True)
class ColumnExists:
    table: ObjectKey
    column: str


@dataclass(frozen=True, slots=True)
class ObjectExists:
    key: ObjectKey


@dataclass(frozen=True, slots=True)
class PartitioningDiffers:
    """Table ``table`` exists and its partition key (pg_get_partkeydef, '' for none) is not
    ``partition_by``, or it is not a partition of ``partition_of`` (when given): the live
    table still has the shape a replacement removes."""

    table: ObjectKey
    partition_by: str | None
    partition_of: tuple[str, str] | None = None


Condition = Union[DefinitionDiffers, ColumnTypeDiffers, ColumnExists, ObjectExists, PartitioningDiffers]


@dataclass(frozen=True, slots=True)
class Op:
    """Base of all operations. ``key`` is the object the step acts on.

    ``replace`` marks a drop or create that is one half of a replacement.
    """

    replace: bool = field(default=False, kw_only=True)

    @property
    def key(self) -> ObjectKey:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    action = "alter"          # create | alter | drop

    def describe(self) -> str:
        return f"{self.action} {self.key}"


# --- schemas and extensions ---

@dataclass(frozen=True, slots=True)
class CreateSchema(Op):
    schema: Schema
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.schema.key


@dataclass(frozen=True, slots=True)
class DropSchema(Op):
    schema: Schema
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.schema.key


@dataclass(frozen=True, slots=True)
class CreateExtension(Op):
    extension: Extension
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.extension.key


@dataclass(frozen=True, slots=True)
class AlterExtensionVersion(Op):
    extension: Extension
    from_version: str | None

    @property
    def key(self) -> ObjectKey:
        return self.extension.key


@dataclass(frozen=True, slots=True)
class DropExtension(Op):
    extension: Extension
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.extension.key


# --- sequences ---

@dataclass(frozen=True, slots=True)
class CreateSequence(Op):
    sequence: Sequence
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.sequence.key


@dataclass(frozen=True, slots=True)
class AlterSequence(Op):
    old: Sequence
    new: Sequence

    @property
    def key(self) -> ObjectKey:
        return self.new.key


@dataclass(frozen=True, slots=True)
class SetSequenceOwner(Op):
    sequence: Sequence

    @property
    def key(self) -> ObjectKey:
        return self.sequence.key


@dataclass(frozen=True, slots=True)
class DropSequence(Op):
    sequence: Sequence
    not_identity: bool = False     # a serial's sequence whose column becomes an identity: the
    action = "drop"                # identity's sequence takes its name, and must not be dropped

    @property
    def key(self) -> ObjectKey:
        return self.sequence.key


# --- tables and columns ---

def _index_tail(definition: str) -> str:
    """A PRIMARY KEY / UNIQUE definition without its keywords: ``(a, b) INCLUDE (c)``."""
    for head in ("PRIMARY KEY ", "UNIQUE NULLS NOT DISTINCT ", "UNIQUE NULLS DISTINCT ", "UNIQUE "):
        if definition.startswith(head):
            return definition[len(head):]
    return definition


def inline_constraints(constraints: Iterable[Constraint]) -> list[Constraint]:
    """The constraints of one new table that its CREATE TABLE writes (by name); the others
    are added with ALTER TABLE once it exists. Not inline: foreign keys (added once every
    table exists); NOT VALID checks (CREATE TABLE accepts NOT VALID but makes the constraint
    valid); and a PRIMARY KEY or UNIQUE constraint on the same columns as one before it
    (the primary key first): CREATE TABLE silently keeps only the first of those."""
    ordered = sorted(constraints, key=lambda c: (c.kind != "p", c.name))
    seen: set[str] = set()
    found: list[Constraint] = []
    for constraint in ordered:
        if constraint.kind == "f" or constraint.definition.endswith(" NOT VALID"):
            continue
        if constraint.kind in ("p", "u"):
            tail = _index_tail(constraint.definition)
            if tail in seen:
                continue
            seen.add(tail)
        found.append(constraint)
    return sorted(found, key=lambda c: c.name)


@dataclass(frozen=True, slots=True)
class CreateTable(Op):
    table: Table
    constraints: tuple[Constraint, ...] = ()   # p/u/c/x created inline (inline_constraints)
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.table.key


@dataclass(frozen=True, slots=True)
class DropTable(Op):
    table: Table
    when: tuple[Condition, ...] = ()   # empty: drop if it exists
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.table.key


@dataclass(frozen=True, slots=True)
class AttachPartition(Op):
    """ALTER TABLE parent ATTACH PARTITION table FOR VALUES …: an existing table (a plain
    one, or a partition detached first) becomes a partition; its rows stay."""

    table: Table                      # the desired partition (partition_of, partition_bound set)

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"attach {self.table.key} to {self.table.partition_of} ({self.table.partition_bound})"


@dataclass(frozen=True, slots=True)
class DetachPartition(Op):
    """ALTER TABLE parent DETACH PARTITION table: the partition becomes a plain table with its
    rows; ``new_bound`` (when it is attached again to the same parent) limits the guard to a
    partition whose bound still differs."""

    table: Table                      # the live partition
    new_bound: str | None = None

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"detach {self.table.key} from {self.table.partition_of}"


@dataclass(frozen=True, slots=True)
class DisownSequence(Op):
    """ALTER SEQUENCE … OWNED BY NONE before the table owning it is replaced (DROP TABLE
    would drop the sequence with it); SetSequenceOwner gives it back afterwards."""

    sequence: Sequence                # the live sequence, owned_by set
    when: tuple[Condition, ...] = ()

    @property
    def key(self) -> ObjectKey:
        return self.sequence.key

    def describe(self) -> str:
        return f"disown {self.sequence.key} while its table is replaced"


@dataclass(frozen=True, slots=True)
class AddColumn(Op):
    table: Table
    column: Column
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"add column {self.column.name} to {self.table.key}"


@dataclass(frozen=True, slots=True)
class DropColumn(Op):
    table: Table
    column: Column
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"drop column {self.column.name} of {self.table.key}"


@dataclass(frozen=True, slots=True)
class AlterColumn(Op):
    """One in-place change of one column; ``change`` says which attribute."""

    table: Table
    old: Column
    new: Column
    change: str               # type | default | not_null | identity | generated | statistics | storage | compression
    server_version: int = 0
    using: str | None = None  # type: the USING expression when not ``column::type`` ('' for none: a generated column)
    rebuilt: tuple[Column, ...] = ()   # type: generated columns over it, dropped and added in the same statement

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"alter column {self.new.name} of {self.table.key} ({self.change})"


@dataclass(frozen=True, slots=True)
class SetTableStorage(Op):
    """Storage parameters set or reset (``ALTER TABLE … SET (…)``, ``RESET (…)``) and
    ``SET LOGGED`` / ``SET UNLOGGED``, from ``old`` to ``table``."""

    table: Table
    old: Table

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    @property
    def persistence_changes(self) -> bool:
        return self.old.unlogged != self.table.unlogged

    def describe(self) -> str:
        return f"storage of {self.table.key}"


@dataclass(frozen=True, slots=True)
class SetRowLevelSecurity(Op):
    table: Table
    old: Table | None

    @property
    def key(self) -> ObjectKey:
        return self.table.key

    def describe(self) -> str:
        return f"row level security of {self.table.key}"


# --- constraints and indexes ---

@dataclass(frozen=True, slots=True)
class AddConstraint(Op):
    constraint: Constraint
    not_valid: bool = False           # online: ADD … NOT VALID now, ValidateConstraint after commit
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.constraint.key


@dataclass(frozen=True, slots=True)
class ValidateConstraint(Op):
    """VALIDATE CONSTRAINT of a NOT VALID constraint: scans without blocking writes; runs after commit."""

    constraint: Constraint
    after_commit = True

    @property
    def key(self) -> ObjectKey:
        return self.constraint.key

    def describe(self) -> str:
        return f"validate {self.key}"


@dataclass(frozen=True, slots=True)
class DropConstraint(Op):
    constraint: Constraint
    when: tuple[Condition, ...] = ()   # empty: drop if it exists
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.constraint.key


@dataclass(frozen=True, slots=True)
class CreateIndex(Op):
    index: Index
    concurrently: bool = False
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.index.key


@dataclass(frozen=True, slots=True)
class DropIndex(Op):
    index: Index
    when: tuple[Condition, ...] = ()
    concurrently: bool = False
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.index.key


@dataclass(frozen=True, slots=True)
class AlterIndexStorage(Op):
    """``ALTER INDEX … SET (…)`` / ``RESET (…)``: only its storage parameters differ."""

    index: Index
    old: Index

    @property
    def key(self) -> ObjectKey:
        return self.index.key

    def describe(self) -> str:
        return f"storage of {self.index.key}"


@dataclass(frozen=True, slots=True)
class RenameIndex(Op):
    """First step of an online index swap: the old index is set aside under a temporary name
    (it keeps serving queries) so that its replacement can be built under the final name."""

    index: Index                      # the index as it should end up (its new name)
    from_name: str
    when: tuple[Condition, ...] = ()  # empty: rename if it exists
    after_commit = True

    @property
    def key(self) -> ObjectKey:
        return self.index.key

    def describe(self) -> str:
        return f"rename index {self.index.schema}.{self.from_name} to {self.index.name}"


# --- renames ---

@dataclass(frozen=True, slots=True)
class Rename(Op):
    """ALTER … RENAME of a live object to its name in the spec: from a ``renamed_from`` hint,
    or a constraint whose default name follows its renamed table or column. ``old`` and
    ``new`` differ in name (a table's objects: in parent) only; a column's key is
    ``ObjectKey("column", schema, column, table)``."""

    old: ObjectKey
    new: ObjectKey
    materialized: bool = False        # a view's: ALTER MATERIALIZED VIEW

    @property
    def key(self) -> ObjectKey:
        return self.new

    def describe(self) -> str:
        return f"rename {self.old} to {self.new.name}"


# --- functions and triggers ---

@dataclass(frozen=True, slots=True)
class CreateFunction(Op):
    """CREATE OR REPLACE: a new function, or a changed body/attributes with the same signature."""

    function: Function
    old: Function | None = None
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.function.key


@dataclass(frozen=True, slots=True)
class DropFunction(Op):
    function: Function
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.function.key


@dataclass(frozen=True, slots=True)
class CreateAggregate(Op):
    """CREATE OR REPLACE AGGREGATE: a new aggregate, or changed support functions / options
    with the same signature, kind and result type (``old`` set)."""

    aggregate: Aggregate
    old: Aggregate | None = None
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.aggregate.key


@dataclass(frozen=True, slots=True)
class DropAggregate(Op):
    aggregate: Aggregate
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.aggregate.key


@dataclass(frozen=True, slots=True)
class CreateOperator(Op):
    operator: Operator
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.operator.key


@dataclass(frozen=True, slots=True)
class AlterOperator(Op):
    """ALTER OPERATOR … SET (…) of the attributes in ``changes`` (restrict, join; on
    PostgreSQL 17+ also a commutator, negator, hashes or merges not set before)."""

    operator: Operator
    changes: tuple[str, ...]

    @property
    def key(self) -> ObjectKey:
        return self.operator.key


@dataclass(frozen=True, slots=True)
class DropOperator(Op):
    operator: Operator
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.operator.key


@dataclass(frozen=True, slots=True)
class CreateOperatorFamily(Op):
    family: OperatorFamily
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.family.key


@dataclass(frozen=True, slots=True)
class AlterOperatorFamily(Op):
    """ALTER OPERATOR FAMILY … ADD / DROP of loose members, one statement each (guarded)."""

    family: OperatorFamily
    add: tuple[OperatorMember, ...] = ()
    drop: tuple[OperatorMember, ...] = ()

    @property
    def key(self) -> ObjectKey:
        return self.family.key


@dataclass(frozen=True, slots=True)
class DropOperatorFamily(Op):
    family: OperatorFamily
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.family.key


@dataclass(frozen=True, slots=True)
class CreateOperatorClass(Op):
    operator_class: OperatorClass
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.operator_class.key


@dataclass(frozen=True, slots=True)
class DropOperatorClass(Op):
    """DROP OPERATOR CLASS; with ``with_family`` DROP OPERATOR FAMILY of the family CREATE
    OPERATOR CLASS made for it (which drops the class too), when nothing keeps using it."""

    operator_class: OperatorClass
    when: tuple[Condition, ...] = ()
    with_family: bool = False
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.operator_class.key


@dataclass(frozen=True, slots=True)
class CreateForeignDataWrapper(Op):
    wrapper: ForeignDataWrapper
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.wrapper.key


@dataclass(frozen=True, slots=True)
class AlterForeignDataWrapper(Op):
    """ALTER FOREIGN DATA WRAPPER: HANDLER / VALIDATOR (or NO …) and OPTIONS from ``old``."""

    wrapper: ForeignDataWrapper
    old: ForeignDataWrapper

    @property
    def key(self) -> ObjectKey:
        return self.wrapper.key


@dataclass(frozen=True, slots=True)
class CreateServer(Op):
    server: Server
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.server.key


@dataclass(frozen=True, slots=True)
class AlterServer(Op):
    """ALTER SERVER: VERSION and OPTIONS (SET / ADD / DROP) from ``old``."""

    server: Server
    old: Server

    @property
    def key(self) -> ObjectKey:
        return self.server.key


@dataclass(frozen=True, slots=True)
class DropServer(Op):
    server: Server
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.server.key


@dataclass(frozen=True, slots=True)
class CreateUserMapping(Op):
    mapping: UserMapping
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.mapping.key


@dataclass(frozen=True, slots=True)
class AlterUserMapping(Op):
    """ALTER USER MAPPING … OPTIONS: plain options changed, secret options added or dropped
    (a secret's value is never read, so a changed password is not seen)."""

    mapping: UserMapping
    old: UserMapping

    @property
    def key(self) -> ObjectKey:
        return self.mapping.key


@dataclass(frozen=True, slots=True)
class DropUserMapping(Op):
    mapping: UserMapping
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.mapping.key


@dataclass(frozen=True, slots=True)
class CreateForeignTable(Op):
    table: ForeignTable
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.table.key


@dataclass(frozen=True, slots=True)
class AlterForeignTable(Op):
    """ALTER FOREIGN TABLE: columns added, dropped, retyped, NOT NULL, DEFAULT, their OPTIONS;
    the table's OPTIONS (from ``old``)."""

    table: ForeignTable
    old: ForeignTable

    @property
    def key(self) -> ObjectKey:
        return self.table.key


@dataclass(frozen=True, slots=True)
class DropForeignTable(Op):
    table: ForeignTable
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.table.key


@dataclass(frozen=True, slots=True)
class CreateTrigger(Op):
    trigger: Trigger
    or_replace: bool = False
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.trigger.key


@dataclass(frozen=True, slots=True)
class DropTrigger(Op):
    trigger: Trigger
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.trigger.key


# --- views ---

@dataclass(frozen=True, slots=True)
class CreateView(Op):
    """CREATE OR REPLACE VIEW (or CREATE MATERIALIZED VIEW IF NOT EXISTS)."""

    view: View
    old: View | None = None
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.view.key


@dataclass(frozen=True, slots=True)
class AlterViewOptions(Op):
    view: View
    set_options: tuple[tuple[str, str], ...]
    reset_options: tuple[str, ...]
    old: View | None = None

    @property
    def key(self) -> ObjectKey:
        return self.view.key


@dataclass(frozen=True, slots=True)
class DropView(Op):
    view: View
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.view.key


# --- policies ---

@dataclass(frozen=True, slots=True)
class CreatePolicy(Op):
    policy: Policy
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.policy.key


@dataclass(frozen=True, slots=True)
class AlterPolicy(Op):
    old: Policy
    new: Policy

    @property
    def key(self) -> ObjectKey:
        return self.new.key


@dataclass(frozen=True, slots=True)
class DropPolicy(Op):
    policy: Policy
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.policy.key


# --- rules ---

@dataclass(frozen=True, slots=True)
class CreateRule(Op):
    """CREATE OR REPLACE RULE (a changed rule is replaced in place)."""

    rule: Rule
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.rule.key

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.replace:
            return []
        return [("security", f"rule {self.rule.name} on {self.rule.schema}.{self.rule.table}: its commands run with "
                             "the privileges of the table's owner for whoever runs the command it rewrites")]


@dataclass(frozen=True, slots=True)
class DropRule(Op):
    rule: Rule
    when: tuple[Condition, ...] = ()
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.rule.key

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.replace:
            return []
        return [("security", f"rule {self.rule.name} dropped: what it rewrote or prevented on "
                             f"{self.rule.schema}.{self.rule.table} happens again")]


# --- privileges and comments ---

@dataclass(frozen=True, slots=True)
class Grant(Op):
    privilege: Privilege
    procedure: bool = False        # the target is a procedure: ON PROCEDURE, not ON FUNCTION
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.privilege.target

    def describe(self) -> str:
        col = f"({self.privilege.column})" if self.privilege.column else ""
        return f"grant {self.privilege.privilege}{col} on {self.key} to {self.privilege.grantee}"


@dataclass(frozen=True, slots=True)
class Revoke(Op):
    privilege: Privilege
    procedure: bool = False        # the target is a procedure: ON PROCEDURE, not ON FUNCTION
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.privilege.target

    def describe(self) -> str:
        col = f"({self.privilege.column})" if self.privilege.column else ""
        return f"revoke {self.privilege.privilege}{col} on {self.key} from {self.privilege.grantee}"


@dataclass(frozen=True, slots=True)
class AlterDefaultPrivileges(Op):
    """``ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] GRANT|REVOKE privileges
    ON kind TO|FROM grantee``: what objects ``role`` creates later receive. ``grantable``:
    GRANT … WITH GRANT OPTION, or REVOKE GRANT OPTION FOR (the privileges stay)."""

    role: str
    schema: str                  # '' = a global entry (no IN SCHEMA)
    kind: str                    # tables | sequences | functions | types | schemas
    grantee: str                 # role name, or 'PUBLIC'
    privileges: tuple[str, ...]  # SELECT, USAGE, EXECUTE, ...
    grant: bool                  # False: REVOKE
    grantable: bool = False

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("default_privileges", self.schema, self.kind, self.role)

    def describe(self) -> str:
        what = ", ".join(self.privileges)
        if self.grant:
            change = f"grant {what}{' with grant option' if self.grantable else ''} to {self.grantee}"
        else:
            change = f"revoke {'grant option for ' if self.grantable else ''}{what} from {self.grantee}"
        return f"alter {self.key}: {change}"


@dataclass(frozen=True, slots=True)
class SetComment(Op):
    """COMMENT ON the object ``target`` (a column when ``column`` is set)."""

    target: ObjectKey
    comment: str | None
    column: str = ""
    function: Function | None = None     # for COMMENT ON FUNCTION (or PROCEDURE): its signature
    materialized: bool = False
    constraint: str = ""                 # a domain's constraint: COMMENT ON CONSTRAINT … ON DOMAIN

    @property
    def key(self) -> ObjectKey:
        return self.target

    def describe(self) -> str:
        what = f"column {self.column} of {self.target}" if self.column else \
            f"constraint {self.constraint} of {self.target}" if self.constraint else str(self.target)
        return f"comment on {what}"


def replacing(op: Op) -> Op:
    """The same operation marked as half of a replacement (for display and hazards)."""
    return dc_replace(op, replace=True)


CONDITIONAL_DROPS = (DropConstraint, DropIndex, DropFunction, DropAggregate, DropOperator, DropOperatorClass,
                     DropForeignTable, DropTrigger, DropView, DropPolicy,
                     DropTable, DropRule)


def with_conditions(op: Op, conditions: tuple[Condition, ...]) -> Op:
    """A copy of a conditional drop whose guard is ``conditions`` (any of them true)."""
    assert isinstance(op, CONDITIONAL_DROPS), op
    return dc_replace(op, when=conditions)  # type: ignore[call-arg]


