"""Ordering, hazards and the Plan (plain data, and its JSON)."""

from __future__ import annotations

import enum
import hashlib
import heapq
import json
import re
from itertools import compress
from operator import itemgetter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pgdecl.catalog.model import Catalog, Dependency, ObjectKey, UnmanagedObject
from pgdecl.diff import ops as o
from pgdecl.online import OnlinePolicy, make_online
from pgdecl.render import render_sql
from pgdecl import render_types  # noqa: F401 - registers the renderers of type operations
from pgdecl import render_operators  # noqa: F401 - registers the renderers of operator operations
from pgdecl import render_foreign  # noqa: F401 - registers the renderers of foreign data wrapper and server operations
from pgdecl import render_collations  # noqa: F401 - registers the renderers of collation operations
from pgdecl import render_statistics  # noqa: F401 - registers the renderers of statistics operations
from pgdecl import render_text_search  # noqa: F401 - registers the renderers of text search operations
from pgdecl.diff import statistics as st
from pgdecl import render_database  # noqa: F401 - registers the renderers of database-wide objects
from pgdecl.diff import type_ops as t
from pgdecl.diff.replica import SetReplicaIdentity
from pgdecl.widening import widening

PLAN_FORMAT_VERSION = 1


class HazardKind(str, enum.Enum):
    DATA_LOSS = "data_loss"
    TABLE_REWRITE = "table_rewrite"
    ACCESS_EXCLUSIVE_LOCK = "access_exclusive_lock"
    INDEX_BUILD = "index_build"
    SECURITY = "security"


@dataclass(frozen=True, slots=True)
class Hazard:
    kind: HazardKind
    message: str


@dataclass(frozen=True, slots=True)
class Lock:
    """The strongest table-level lock a step takes on an existing relation."""

    level: str            # a PostgreSQL lock mode: "ACCESS EXCLUSIVE", "SHARE", …
    relation: str         # schema.name of the table, view or sequence it is taken on

    def to_json(self) -> dict[str, str]:
        return {"level": self.level, "relation": self.relation}


@dataclass(frozen=True, slots=True)
class Step:
    op: o.Op
    statements: tuple[str, ...]
    hazards: tuple[Hazard, ...] = ()
    transactional: bool = True
    lock: Lock | None = None         # None: no lock on an existing relation (new objects, functions, grants)
    # a drop marked as half of a replacement whose object the plan does not create again
    # (a policy or view that goes with a dropped table or column): shown as a drop
    recreated: bool = True

    @property
    def key(self) -> ObjectKey:
        return self.op.key

    @property
    def action(self) -> str:
        """create | alter | replace | drop: what happens to the object. A GRANT or REVOKE
        changes the privileges of an object that stays: alter."""
        if isinstance(self.op, (o.Grant, o.Revoke)):
            return "alter"
        if self.op.replace and (self.recreated or self.op.action != "drop"):
            return "replace"
        return self.op.action

    @property
    def destructive(self) -> bool:
        """Needs --allow-destructive: loses data, or drops what the spec no longer lists."""
        if any(h.kind is HazardKind.DATA_LOSS for h in self.hazards):
            return True
        return self.op.action == "drop" and not self.op.replace and not isinstance(self.op, o.Revoke)

    def to_json(self) -> dict[str, Any]:
        key = self.key
        subject: dict[str, Any] = {"kind": key.kind, "schema": key.schema, "name": key.name, "table": key.parent or None}
        if key.kind == "default_privileges":     # name: the object kind; the creating role is no table
            subject.update(schema=key.schema or None, table=None, role=key.parent)
        column = column_of(self.op)
        if column is not None:                   # the table is the object; the step is on this column
            subject["column"] = column
        document = {
            "action": self.action,
            "operation": type(self.op).__name__,
            "object": subject,
            "description": self.op.describe(),
            "sql": list(self.statements),
            "transactional": self.transactional,
            "lock": self.lock.to_json() if self.lock else None,
            "destructive": self.destructive,
            "hazards": [{"kind": h.kind.value, "message": h.message} for h in self.hazards],
        }
        if getattr(self.op, "before_transaction", False):
            document["before_transaction"] = True    # committed before the transactional steps
        return document


def column_of(op: o.Op) -> str | None:
    """The column a step adds, drops, alters or comments on (its object is the table)."""
    if isinstance(op, (o.AddColumn, o.DropColumn)):
        return op.column.name
    if isinstance(op, o.AlterColumn):
        return op.new.name
    if isinstance(op, o.SetComment) and op.column:
        return op.column
    return None


@dataclass(slots=True)
class Plan:
    steps: list[Step] = field(default_factory=list)
    fingerprint: str = ""            # of the live catalog the plan was computed against
    # what computes the dependency graph of ``steps`` (build_plan sets it; computed on
    # demand: only a partial apply needs it)
    graph: Callable[[], list[set[int]]] | None = field(default=None, repr=False, compare=False)
    # objects of the managed schemas that the spec cannot describe: never touched, always named
    unmanaged: tuple[UnmanagedObject, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.steps

    def prerequisites(self) -> list[set[int]]:
        """For each step (by position), the positions of the earlier steps it depends on
        directly. Without a graph (a saved plan), every step depends on every earlier one."""
        if self.graph is None:
            return [set(range(position)) for position in range(len(self.steps))]
        found: list[set[int]] = [set() for _ in self.steps]
        for before, afters in enumerate(self.graph()):
            for after in afters:
                if before < after:       # the plan's order keeps every real edge forward
                    found[after].add(before)
        return found
    def unmanaged_notice(self) -> str | None:
        """One line naming the objects the spec does not describe (None: there are none)."""
        if not self.unmanaged:
            return None
        names = "; ".join(u.describe() for u in self.unmanaged)
        count, verb = (f"{len(self.unmanaged)} objects", "are") if len(self.unmanaged) > 1 else ("1 object", "is")
        if self.empty:
            return f"No changes to what the spec describes; {count} {verb} not managed: {names}"
        return f"{count} in managed schemas {verb} not described by this spec: {names}"

    def sql(self) -> str:
        """The whole script: every statement terminated, ready for psql."""
        lines = [f"{s};" for step in self.steps for s in step.statements]
        if any(isinstance(step.op, o.CreateFunction) for step in self.steps):
            # like pg_dump: a SQL function may read a table created further down; its body
            # was checked when the desired state was built in the scratch database
            lines.insert(0, "SET check_function_bodies = off;")
        return "\n".join(lines) + ("\n" if lines else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": PLAN_FORMAT_VERSION,
            "fingerprint": self.fingerprint,
            "steps": [s.to_json() for s in self.steps],
            "unmanaged": [u.to_json() for u in self.unmanaged],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)


# --- hazards ---

_WIDENING = {
    ("smallint", "integer"), ("smallint", "bigint"), ("integer", "bigint"),
    ("real", "double precision"),
    ("timestamp without time zone", "timestamp with time zone"),
}
_BINARY_COMPATIBLE_TO_TEXT = re.compile(r"^(character varying(\(\d+\))?|text|character\(\d+\))$")
_VARCHAR = re.compile(r"^character varying\((\d+)\)$")
_NUMERIC = re.compile(r"^numeric\((\d+),(\d+)\)$")


def _type_change_hazards(old: str, new: str) -> list[Hazard]:
    hazards = []
    if (m_old := _VARCHAR.match(old)) and (m_new := _VARCHAR.match(new)) and int(m_new[1]) >= int(m_old[1]):
        return []       # widening a varchar is a catalog-only change
    if new in ("text", "character varying") and _BINARY_COMPATIBLE_TO_TEXT.match(old):
        return []
    if (m_old := _NUMERIC.match(old)) and (m_new := _NUMERIC.match(new)) and \
            m_old[2] == m_new[2] and int(m_new[1]) >= int(m_old[1]):
        return []
    hazards.append(Hazard(HazardKind.TABLE_REWRITE, f"type change {old} → {new} rewrites the table and its indexes"))
    hazards.append(Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "reads and writes of the table wait until the rewrite ends"))
    if (old, new) not in _WIDENING and new != "text":
        hazards.append(Hazard(HazardKind.DATA_LOSS, f"values may not convert from {old} to {new}: the change can fail or truncate"))
    return hazards


def _type_hazards(op: o.Op, live: Catalog) -> list[Hazard]:
    """Hazards of changes to enums, domains and composite types that other objects may use."""
    used = bool(live.dependents_of(op.key)) if op.key.kind == "type" else False
    match op:
        case t.AlterTypeAttribute(change="drop") if used:
            return [Hazard(HazardKind.DATA_LOSS, f"attribute {op.attribute.name} is removed from every stored "
                                                 f"value of {op.key.schema}.{op.key.name}")]
        case t.AddDomainConstraint() | t.AlterDomain(change="not_null") if used and (
                not isinstance(op, t.AlterDomain) or op.user_type.not_null):
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "every column using the domain is scanned while "
                                                             "writes to those tables wait; fails if a value violates it")]
    return []


def hazards_of(op: o.Op, live: Catalog, desired: Catalog | None = None) -> list[Hazard]:
    """What may break, lock or be lost when ``op`` runs against ``live`` to reach ``desired``;
    a change that may widen access is a SECURITY hazard (pgdecl.widening)."""
    found = _hazards(op, live)
    known = {h.message for h in found}
    return found + [Hazard(HazardKind.SECURITY, reason) for reason in widening(op, live, desired or Catalog())
                    if reason not in known]


def _hazards(op: o.Op, live: Catalog) -> list[Hazard]:
    if hasattr(op, "own_hazards"):      # operations of the kinds kept in their own modules
        return [Hazard(HazardKind(kind), message) for kind, message in op.own_hazards()]
    if op.key.kind == "type":
        return _type_hazards(op, live)
    relation = relation_of(op)
    existing_table = relation is not None and relation in live.tables
    match op:
        case o.DropTable() if op.table.partition_of is not None:
            return [Hazard(HazardKind.DATA_LOSS, f"partition {op.table.schema}.{op.table.name} and all its rows are "
                                                 f"deleted; the parent {op.table.partition_of} is locked meanwhile")]
        case o.DropTable():
            return [Hazard(HazardKind.DATA_LOSS, f"table {op.table.schema}.{op.table.name} and all its rows are deleted")]
        case o.AttachPartition():
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK,
                           f"ATTACH PARTITION scans {op.table.schema}.{op.table.name} to check that every row fits "
                           f"the bound (and the parent's DEFAULT partition, if any, for rows that now belong here) "
                           f"while writes to it wait; indexes of the parent it lacks are built")]
        case o.DetachPartition():
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK,
                           f"DETACH PARTITION locks the parent {op.table.partition_of}: its queries wait; the rows "
                           f"stay in {op.table.schema}.{op.table.name} but no longer appear in the parent")]
        case o.CreateTable() if op.table.parent_key is not None and op.table.parent_key in live.tables:
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK,
                           f"creating a partition locks the parent {op.table.partition_of}; a DEFAULT partition "
                           f"of it is scanned for rows that belong to the new one")]
        case o.CreateIndex() if existing_table and not op.concurrently and relation is not None \
                and live.tables[relation].partition_by is not None:
            return [Hazard(HazardKind.INDEX_BUILD, "building the index on a partitioned table builds it on every "
                                                   "partition, blocking writes to each until it finishes "
                                                   "(CREATE INDEX CONCURRENTLY is not possible on a partitioned table)")]
        case o.DropColumn():
            return [Hazard(HazardKind.DATA_LOSS, f"column {op.column.name} and its values are deleted")]
        case o.DropView() if (lost := _unmanaged_triggers_on(op.view.schema, op.view.name, live)):
            return [Hazard(HazardKind.DATA_LOSS, f"the view's triggers, which the spec does not describe, are "
                                                 f"dropped with it and not created again: {', '.join(lost)}")]
        case o.AlterSequence() if (op.new.increment > 0 and op.new.max_value < op.old.max_value) or \
                (op.new.increment < 0 and op.new.min_value > op.old.min_value):
            bound = "MAXVALUE" if op.new.increment > 0 else "MINVALUE"
            return [Hazard(HazardKind.DATA_LOSS, f"the new {bound} is ahead of where the sequence counts: if its "
                                                 f"current value is past it, it restarts at {bound} and may hand "
                                                 f"out values it gave before")]
        case o.DropSequence() if not op.replace:
            return [Hazard(HazardKind.DATA_LOSS, "the sequence's current value is lost")]
        case o.AlterColumn(change="type"):
            return _type_change_hazards(op.old.type, op.new.type)
        case o.AlterColumn(change="not_null") if op.new.not_null:
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "SET NOT NULL scans the whole table under an exclusive lock; fails if NULLs exist")]
        case o.AlterColumn(change="generated"):
            return [Hazard(HazardKind.TABLE_REWRITE, "a generated column is recomputed for every row")]
        case o.SetTableStorage() if op.persistence_changes:
            return [Hazard(HazardKind.TABLE_REWRITE, f"SET {'UNLOGGED' if op.table.unlogged else 'LOGGED'} rewrites "
                                                     "the table (and its indexes) while reads and writes wait"
                                                     + ("; an unlogged table is emptied after a crash and not "
                                                        "replicated" if op.table.unlogged else ""))]
        case o.AddColumn() if op.column.generated is not None and not op.column.virtual:
            return [Hazard(HazardKind.TABLE_REWRITE, "a stored generated column is computed for every row")]
        case o.AddConstraint() if existing_table and op.not_valid:
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "adding the constraint NOT VALID locks the table briefly; "
                                                             "existing rows are checked by the VALIDATE step")]
        case o.AddConstraint() if existing_table and op.constraint.kind in ("f", "c", "p", "u", "x"):
            return [Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "adding the constraint scans the table while writes wait")]
        case o.CreateIndex() if existing_table and not op.concurrently:
            return [Hazard(HazardKind.INDEX_BUILD, "building the index blocks writes to the table until it finishes")]
        case o.SetRowLevelSecurity() if op.old is not None and op.old.rls_enabled and not op.table.rls_enabled:
            return [Hazard(HazardKind.SECURITY, "row level security disabled: every row becomes visible to roles with table privileges")]
        case o.SetRowLevelSecurity() if op.old is not None and op.old.rls_forced and not op.table.rls_forced:
            return [Hazard(HazardKind.SECURITY, "FORCE row level security removed: the table owner bypasses the policies again")]
        case o.CreateUserMapping() if op.mapping.role == "PUBLIC":
            return [Hazard(HazardKind.SECURITY, f"user mapping for PUBLIC: every role with USAGE on server "
                                                f"{op.mapping.server} connects with its credentials")]
        case o.DropPolicy() if not op.replace:
            return [Hazard(HazardKind.SECURITY, "policy dropped: the access it granted or restricted changes")]
        case o.AlterDefaultPrivileges(grant=True) if op.grantee.lower() in ("public", "anon"):
            where = f" in schema {op.schema}" if op.schema else ""
            return [Hazard(HazardKind.SECURITY, f"{', '.join(op.privileges)} granted to {op.grantee} by default on every "
                                                f"new {op.kind[:-1]} {op.role} creates{where}: unauthenticated callers "
                                                "gain access to them")]
    return []


# --- locks ---

_ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE"
_NO_RELATION_LOCK = (o.CreateSchema, o.DropSchema, o.CreateExtension, o.AlterExtensionVersion, o.AlterExtensionSchema,
                     o.DropExtension,
                     o.CreateSequence, o.CreateTable, o.CreateFunction, o.DropFunction, o.Grant, o.Revoke,
                     o.AlterDefaultPrivileges, o.CreateAggregate, o.DropAggregate,
                     o.CreateOperator, o.AlterOperator, o.DropOperator, o.CreateOperatorFamily,
                     o.AlterOperatorFamily, o.DropOperatorFamily, o.CreateOperatorClass, o.DropOperatorClass,
                     o.CreateForeignDataWrapper, o.AlterForeignDataWrapper, o.CreateServer, o.AlterServer, o.DropServer,
                     o.CreateUserMapping, o.AlterUserMapping, o.DropUserMapping)


def _unmanaged_triggers_on(schema: str, view: str, live: Catalog) -> list[str]:
    """Names of the triggers on a view (unmanaged: the spec has none), which DROP VIEW drops."""
    return [u.name.rpartition(" on view ")[0] for u in live.unmanaged
            if u.kind == "trigger" and u.schema == schema and u.name.rpartition(" on view ")[2] == view]


def _lock_level(op: o.Op) -> str | None:
    """The lock mode a step's statement takes on its relation (PostgreSQL's documented levels)."""
    if isinstance(op, _NO_RELATION_LOCK):
        return None
    match op:
        case o.CreateView():
            return _ACCESS_EXCLUSIVE if op.old is not None else None    # CREATE OR REPLACE of a live view
        case o.CreateIndex():
            return "SHARE UPDATE EXCLUSIVE" if op.concurrently else "SHARE"
        case o.DropIndex():
            return "SHARE UPDATE EXCLUSIVE" if op.concurrently else _ACCESS_EXCLUSIVE
        case o.RenameIndex() | o.ValidateConstraint() | o.SetComment():
            return "SHARE UPDATE EXCLUSIVE"
        case o.SetTableStorage() if not op.persistence_changes:
            return "SHARE UPDATE EXCLUSIVE"     # fillfactor, autovacuum_*, toast.* (others take more: see docs)
        case o.AlterColumn(change="statistics"):
            return "SHARE UPDATE EXCLUSIVE"
        case st.CreateStatistics() | st.DropStatistics() | st.SetStatisticsTarget():
            return "SHARE UPDATE EXCLUSIVE"     # on the table (CREATE / DROP / ALTER STATISTICS)
        case o.AddConstraint() if op.constraint.kind == "f":
            return "SHARE ROW EXCLUSIVE"        # on the table and on the table it references
        case o.CreateTrigger() | o.AlterSequence() | o.SetSequenceOwner():
            return "SHARE ROW EXCLUSIVE"
    return _ACCESS_EXCLUSIVE


def _locked_relation(op: o.Op) -> ObjectKey | None:
    key = op.old if isinstance(op, o.Rename) else op.key
    if isinstance(op, (o.AlterSequence, o.SetSequenceOwner)):
        return op.key
    if key.kind in ("table", "view", "sequence") and not key.parent:
        return key
    if key.parent:
        return ObjectKey("table", key.schema, key.parent)
    return relation_of(op)


def lock_of(op: o.Op, live: Catalog) -> Lock | None:
    """The lock a step takes on a relation that exists before the plan runs; None when it
    takes none that could block other sessions (new objects, functions, grants, types)."""
    if op.key.kind == "type":
        return None
    relation = _locked_relation(op)
    if relation is None:
        return None
    exists = any(ObjectKey(kind, relation.schema, relation.name) in objects
                 for kind, objects in (("table", live.tables), ("view", live.views), ("sequence", live.sequences)))
    level = _lock_level(op) if exists else None
    return Lock(level, f"{relation.schema}.{relation.name}") if level else None


# --- ordering ---

# base rank of an (action, kind): dependents are dropped first, containers created first
_RANK = {
    ("drop", "trigger"): 0, ("drop", "policy"): 1, ("drop", "view"): 2, ("drop", "constraint"): 3,
    ("drop", "index"): 4, ("drop", "statistics"): 4.5,
    "schema": 10, "extension": 11, "collation": 11.2, "foreign data wrapper": 11.3, "server": 11.4,
    "user mapping": 11.45, "text search dictionary": 11.46, "text search configuration": 11.47, "type": 11.5,
    "sequence": 12, "function": 13, "aggregate": 13.5, "cast": 13.6, "operator": 13.7, "operator family": 13.8,
    "operator class": 13.9,
    "table": 14, "foreign table": 14.5,
    "constraint": 15, "index": 16, "statistics": 16.5, "view": 17, "policy": 18, "trigger": 19, "rule": 19.2,
    "publication": 19.5,
    ("drop", "publication"): 0.5, ("drop", "rule"): 0.8,
    # event triggers: dropped first, created last (a new one would fire on the plan's other DDL)
    ("drop", "event trigger"): -1, "event trigger": 40,
    ("drop", "cast"): 29.9,     # after its function and types, before what may use it
    ("drop", "table"): 30, ("drop", "foreign table"): 30.05, ("drop", "operator class"): 30.1,
    ("drop", "operator family"): 30.2, ("drop", "operator"): 30.3, ("drop", "aggregate"): 30.5,
    ("drop", "function"): 31, ("drop", "type"): 31.5, ("drop", "text search configuration"): 31.6,
    ("drop", "text search dictionary"): 31.65, ("drop", "collation"): 31.7, ("drop", "sequence"): 32,
    ("drop", "user mapping"): 32.4, ("drop", "server"): 32.5, ("drop", "extension"): 33, ("drop", "schema"): 34,
}


def _rank(op: o.Op) -> float:
    kind = op.key.kind
    if isinstance(op, (o.Grant, o.Revoke)):
        return 20
    if isinstance(op, o.SetComment):
        return 21
    if isinstance(op, o.AlterDefaultPrivileges):
        return 11.2     # once schemas and extensions exist, before the objects the plan creates
    if isinstance(op, o.SetSequenceOwner):
        return 15
    if op.action == "drop" and (op.action, kind) in _RANK:
        return _RANK[(op.action, kind)]
    return _RANK.get(kind, 25)  # type: ignore[arg-type]


def relation_of(op: o.Op) -> ObjectKey | None:
    """The table (or view) an operation's object lives on."""
    key = op.key
    if key.parent:
        return ObjectKey("table", key.schema, key.parent)
    if isinstance(op, (o.CreateIndex, o.DropIndex)):
        return ObjectKey("table", key.schema, op.index.table)
    if isinstance(op, o.AttachIndex):
        return ObjectKey("table", key.schema, op.parent.table)
    if isinstance(op, o.SetSequenceOwner) and op.sequence.owned_by:
        return ObjectKey("table", op.sequence.owned_by[0], op.sequence.owned_by[1])
    return None


def _partition_edges(ops: list[o.Op], graph: _StepGraph, by_key: dict[ObjectKey, list[int]]) -> None:
    """A partition after its parent; DETACH before, ATTACH after, every other step on the
    table; a parent's partitions dropped or detached before others are created or attached
    (a bound may move into the range they free)."""
    leaving: dict[ObjectKey, list[int]] = {}     # parent -> drops and detaches of its partitions
    joining: dict[ObjectKey, list[int]] = {}     # parent -> creates and attaches of partitions
    for i, op in enumerate(ops):
        if isinstance(op, (o.DropTable, o.DetachPartition)) and op.table.parent_key is not None:
            leaving.setdefault(op.table.parent_key, []).append(i)
        if isinstance(op, (o.CreateTable, o.AttachPartition)) and op.table.parent_key is not None:
            joining.setdefault(op.table.parent_key, []).append(i)
            for j in by_key.get(op.table.parent_key, []):
                if ops[j].action != "drop":
                    graph.add_edge(j, i)       # the parent exists before its partition
    for parent, later in joining.items():
        for i in leaving.get(parent, []):
            for j in later:
                if i != j:
                    graph.add_edge(i, j)       # free a partition's range before another takes it
    for i, op in enumerate(ops):
        if isinstance(op, o.DisownSequence) and op.sequence.owned_by:
            owner = ObjectKey("table", *op.sequence.owned_by[:2])
            for j in by_key.get(owner, []):
                if isinstance(ops[j], o.DropTable):
                    graph.add_edge(i, j)       # the sequence survives the drop of its replaced table
        if isinstance(op, o.DetachPartition) and op.table.parent_key is not None:
            for j in by_key.get(op.table.parent_key, []):
                if isinstance(ops[j], o.DropTable):
                    graph.add_edge(i, j)       # detached before its (replaced) parent is dropped
        if not isinstance(op, (o.AttachPartition, o.DetachPartition)):
            continue
        for j, other in enumerate(ops):
            if j == i or isinstance(other, (o.Grant, o.Revoke, o.SetComment)):
                continue
            if other.key == op.key or relation_of(other) == op.key:
                if isinstance(op, o.DetachPartition):
                    graph.add_edge(i, j)       # DETACH first: a partition's inherited objects cannot change
                elif not isinstance(other, o.DetachPartition):
                    graph.add_edge(j, i)       # ATTACH last: the table has the NOT NULLs and CHECKs it needs


def _dropped_table_edges(ops: list[o.Op], graph: _StepGraph, live: Catalog) -> None:
    """A dropped table goes before the dropped tables its foreign keys reference (and their
    partitions, which the keys reference too); a partition holds its parent's keys. A
    foreign key dropped on its own (one that ties dropped tables in a cycle) goes first."""
    drops = {op.key: i for i, op in enumerate(ops) if isinstance(op, o.DropTable) and not op.when}
    if len(drops) < 2:
        return
    children: dict[ObjectKey, list[ObjectKey]] = {}
    for table in live.tables.values():
        if table.parent_key is not None:
            children.setdefault(table.parent_key, []).append(table.key)

    def family(key: ObjectKey) -> list[ObjectKey]:
        found, todo = [], [key]
        while todo:
            current = todo.pop()
            found.append(current)
            todo.extend(children.get(current, ()))
        return found

    dropped_keys = {op.constraint.key for op in ops if isinstance(op, o.DropConstraint)}
    for c in live.constraints.values():
        if c.kind != "f" or c.ref_table is None or c.key in dropped_keys:
            continue
        source, target = ObjectKey("table", c.schema, c.table), ObjectKey("table", *c.ref_table)
        if target not in drops:
            continue
        sources, targets = family(source), family(target)
        for s in sources:
            if s in drops:
                for t in targets:
                    if t in drops and t not in sources:
                        graph.add_edge(drops[s], drops[t])   # DROP TABLE of the referencing table first
    for i, op in enumerate(ops):
        if isinstance(op, o.DropConstraint) and op.constraint.ref_table is not None:
            for t in family(ObjectKey("table", *op.constraint.ref_table)):
                if t in drops:
                    graph.add_edge(i, drops[t])          # the foreign key before the table it references


def _inheritance_edges(ops: list[o.Op], graph: _StepGraph, by_key: dict[ObjectKey, list[int]]) -> None:
    """INHERIT once the table and the parent have their columns (it needs every column of the
    parent); NO INHERIT before the table drops a column it inherited and before the parent goes;
    a new table with INHERITS after its parents."""
    for i, op in enumerate(ops):
        if isinstance(op, o.CreateTable):
            for parent in op.table.inherits:
                for j in by_key.get(ObjectKey("table", *parent), []):
                    if ops[j].action != "drop":
                        graph.add_edge(j, i)       # the parent exists (with its columns) first
        if not isinstance(op, o.AlterInheritance):
            continue
        parent = ObjectKey("table", *op.parent)
        for j in by_key.get(op.key, []) + by_key.get(parent, []):
            if j == i or isinstance(ops[j], o.AlterInheritance):
                continue
            if op.add and ops[j].action != "drop":
                graph.add_edge(j, i)
            elif not op.add and (isinstance(ops[j], o.DropColumn) or isinstance(ops[j], o.DropTable)):
                graph.add_edge(i, j)


def order(ops: list[o.Op], live: Catalog, desired: Catalog) -> list[o.Op]:
    """Dependency order as a DiGraph; ties broken by (rank, identity) so output is deterministic."""
    if not ops:
        return []
    renames = [op for op in ops if isinstance(op, o.Rename)]
    if renames:
        # renames first, tables and views before what they hold: every other step (and
        # its guard) names objects by their new names
        first = sorted(renames, key=lambda op: (op.key.kind not in ("table", "view"), op.key.kind, op.key))
        return first + order([op for op in ops if not isinstance(op, o.Rename)], live, desired)
    graph = dependency_graph(ops, live, desired)

    def sort_key(i: int) -> tuple:
        op = ops[i]
        return (_rank(op), op.key.schema, op.key.parent, op.key.name, type(op).__name__, op.describe())

    ordering, cycle = graph.lexicographical_order(sort_key)
    if cycle:
        names = " → ".join(ops[a].describe() for a in cycle)
        raise PlanError(f"dependency cycle between steps: {names}")
    return [ops[i] for i in ordering]


def _may_use_column(op: o.Op, table_op: o.Op) -> bool:
    """Whether ``op`` may need what ``table_op`` does to its table: nothing needs row level
    security switched; an index needs only its key columns added or changed, unless it has
    expressions, a predicate or INCLUDE columns. Anything else: assume it does."""
    if isinstance(table_op, o.SetRowLevelSecurity):
        return False
    column = table_op.column.name if isinstance(table_op, o.AddColumn) else \
        table_op.new.name if isinstance(table_op, o.AlterColumn) else None
    if column is None or not isinstance(op, o.CreateIndex):
        return True
    index = op.index
    return column in index.columns or "" in index.columns or " WHERE " in index.definition \
        or " INCLUDE " in index.definition


_EXPRESSION_CHANGES = ("default", "type", "generated")


def _column_edges(ops: list[o.Op], graph: _StepGraph) -> None:
    """The steps on one column in the order PostgreSQL accepts: an identity is added once
    the column is NOT NULL and has no default (and its old serial sequence, which holds the
    name the identity sequence takes, is gone), and dropped before NOT NULL or a default."""
    by_column: dict[tuple[ObjectKey, str], dict[str, int]] = {}
    owned: dict[tuple[str, str, str], list[int]] = {}      # (schema, table, column) -> drops of its sequences
    for i, op in enumerate(ops):
        if isinstance(op, o.AlterColumn):
            by_column.setdefault((op.key, op.new.name), {})[op.change] = i
        elif isinstance(op, o.DropSequence) and op.sequence.owned_by:
            owned.setdefault(tuple(op.sequence.owned_by[:3]), []).append(i)   # type: ignore[arg-type]
    for (table, column), changes in by_column.items():
        if "type" in changes and "identity_options" in changes:
            graph.add_edge(changes["type"], changes["identity_options"])   # a MAXVALUE the new type allows
        identity = changes.get("identity")
        if identity is None:
            continue
        op = ops[identity]
        assert isinstance(op, o.AlterColumn)
        adding = op.new.identity is not None and op.old.identity is None
        for change in ("not_null", "default"):
            other = changes.get(change)
            if other is None:
                continue
            if adding:
                graph.add_edge(other, identity)    # ADD IDENTITY needs NOT NULL and no default
            elif op.new.identity is None:
                graph.add_edge(identity, other)    # DROP IDENTITY before DROP NOT NULL / SET DEFAULT
        if adding:
            for i in owned.get((table.schema, table.name, column), ()):
                graph.add_edge(i, identity)        # the serial's sequence frees the name <table>_<column>_seq


def _overload_edges(ops: list[o.Op], graph: _StepGraph) -> None:
    """A function dropped before another of the same name is created: CREATE OR REPLACE of
    the same argument types with other names fails ("cannot change name of input
    parameter"), and while both exist, calls the new one should answer (a view created
    again, a default) may be ambiguous (f(int) next to f(int, int DEFAULT 1))."""
    dropped: dict[tuple[str, str], list[int]] = {}
    for i, op in enumerate(ops):
        if isinstance(op, o.DropFunction):
            dropped.setdefault((op.function.schema, op.function.name), []).append(i)
    for j, op in enumerate(ops):
        if isinstance(op, o.CreateFunction) and op.old is None:
            for i in dropped.get((op.function.schema, op.function.name), ()):
                if ops[i].key != op.key:
                    graph.add_edge(i, j)   # the old overload goes before the new one comes


def _with_steps(dependencies: frozenset[Dependency], by_key: dict[ObjectKey, list[int]]) -> Iterator[Dependency]:
    """The dependencies whose dependent has a step (the others give no edge): a few of tens
    of thousands, picked out in C (a loop over them all was a tenth of a plan at 5,000 tables)."""
    every = tuple(dependencies)
    return compress(every, map(by_key.__contains__, map(itemgetter(0), every)))


def dependency_graph(ops: list[o.Op], live: Catalog, desired: Catalog, *, columns_apart: bool = False) -> _StepGraph:
    """The edges (``before`` → ``after``) between ``ops`` (no renames), each with its reason.

    ``columns_apart``: a dropped column does not precede the table's other steps, only
    the adding of a column of the same name (ordering keeps it first anyway; choosing
    which steps may run without a refused column drop needs the real dependencies)."""
    graph = _StepGraph(len(ops))
    by_key: dict[ObjectKey, list[int]] = {}       # structural ops, by the object they act on
    attachments: list[int] = []                   # grants, revokes, comments: nothing depends on them
    for i, op in enumerate(ops):
        if isinstance(op, (o.Grant, o.Revoke, o.SetComment)):
            attachments.append(i)
        elif not isinstance(op, (o.AttachPartition, o.DetachPartition)):   # ordered by _partition_edges
            by_key.setdefault(op.key, []).append(i)
    for i in attachments:
        for j in by_key.get(ops[i].key, []):
            if ops[j].action != "drop":
                graph.add_edge(j, i)   # grant on / comment on an object after it exists in its final form
        op = ops[i]
        if isinstance(op, o.Revoke) and op.privilege.privilege == "ALL":
            for j in attachments:
                other = ops[j]
                if isinstance(other, o.Grant) and other.privilege.target == op.privilege.target \
                        and other.privilege.grantee == op.privilege.grantee:
                    graph.add_edge(i, j)   # REVOKE ALL from a role before granting it what the spec lists
        elif isinstance(op, o.Revoke) and not op.privilege.column:
            for j in attachments:
                other = ops[j]
                if isinstance(other, o.Grant) and other.privilege.column \
                        and (other.privilege.target, other.privilege.grantee, other.privilege.privilege) \
                        == (op.privilege.target, op.privilege.grantee, op.privilege.privilege):
                    graph.add_edge(i, j)   # a table-level REVOKE also takes away that privilege on every column

    keys_by_table: dict[tuple[str, str], list[int]] = {}      # primary keys / uniques added, by table
    dropped_keys_by_table: dict[tuple[str, str], list[int]] = {}   # ... and dropped (unique indexes too)
    for j, other in enumerate(ops):
        if isinstance(other, (o.AddConstraint, o.DropConstraint)) and other.constraint.kind in ("p", "u"):
            found = keys_by_table if isinstance(other, o.AddConstraint) else dropped_keys_by_table
            found.setdefault((other.constraint.schema, other.constraint.table), []).append(j)
        elif isinstance(other, o.DropIndex) and other.index.unique:
            dropped_keys_by_table.setdefault((other.index.schema, other.index.table), []).append(j)
    for i, op in enumerate(ops):
        if isinstance(op, o.DropConstraint) and op.constraint.ref_table is not None:
            for j in dropped_keys_by_table.get(tuple(op.constraint.ref_table), ()):
                graph.add_edge(i, j)           # drop a foreign key before the key it references

    def ops_on(key: ObjectKey, *, drops: bool | None = None) -> list[int]:
        found = by_key.get(key, [])
        if drops is None:
            return found
        return [i for i in found if (ops[i].action == "drop") == drops]

    for i, op in enumerate(ops):
        if i in attachments:
            continue
        key = op.key
        # drops before creates of the same identity (replacement)
        if op.action == "drop":
            for j in ops_on(key, drops=False):
                if columns_apart and isinstance(op, o.DropColumn) and not (
                        isinstance(ops[j], o.AddColumn) and ops[j].column.name == op.column.name):
                    continue
                if isinstance(ops[j], o.AlterInheritance) and not ops[j].add:
                    continue           # NO INHERIT first: it makes the inherited columns droppable
                graph.add_edge(i, j)   # drop the old object before creating its replacement
            if key.kind in ("table", "view") and not key.parent:
                other = ObjectKey("view" if key.kind == "table" else "table", key.schema, key.name)
                for j in ops_on(other, drops=False):
                    graph.add_edge(i, j)   # a relation of another kind takes the name: the old one goes first
        # the containing schema exists before anything in it
        if key.kind not in ("schema", "extension"):
            for j in ops_on(ObjectKey("schema", key.schema, key.schema), drops=False):
                if op.action != "drop":
                    graph.add_edge(j, i)   # CREATE SCHEMA before objects in it
        rel = relation_of(op)
        if rel is not None:
            table_keys = [rel, ObjectKey("view", rel.schema, rel.name)]
            for tkey in table_keys:
                if op.action != "drop":
                    for j in ops_on(tkey, drops=False):
                        if columns_apart and not _may_use_column(op, ops[j]):
                            continue
                        graph.add_edge(j, i)   # the table/view exists (with its columns) before what hangs on it
                else:
                    for j in ops_on(tkey):
                        if ops[j].action == "drop" or isinstance(ops[j], o.AlterColumn):
                            graph.add_edge(i, j)   # drop what hangs on a table before dropping/altering the table
        if isinstance(op, SetReplicaIdentity) and op.index is not None:
            for j in by_key.get(op.index, []) + [k for k, other in enumerate(ops) if isinstance(other, o.AddConstraint)
                                                 and other.constraint.name == op.index.name
                                                 and other.key.schema == op.index.schema]:
                if ops[j].action != "drop":
                    graph.add_edge(j, i)       # REPLICA IDENTITY USING INDEX needs the index
        if isinstance(op, o.AddConstraint) and op.constraint.ref_table is not None:
            ref = ObjectKey("table", *op.constraint.ref_table)
            for j in ops_on(ref, drops=False):
                graph.add_edge(j, i)           # a foreign key needs its referenced table
            for j in keys_by_table.get(tuple(op.constraint.ref_table), ()):
                graph.add_edge(j, i)           # ... and its referenced key
    _partition_edges(ops, graph, by_key)
    _dropped_table_edges(ops, graph, live)
    _inheritance_edges(ops, graph, by_key)
    _overload_edges(ops, graph)
    _column_edges(ops, graph)
    _table_user_edges(ops, graph)
    # catalog dependencies: created after what they use (desired), dropped before it (live)
    for dep in _with_steps(desired.dependencies, by_key):
        if dep.dependent.kind == "sequence" and dep.referenced.kind == "table":
            continue   # OWNED BY: only SetSequenceOwner needs the table (relation_of orders it)
        for i in ops_on(dep.dependent, drops=False):
            for j in ops_on(dep.referenced, drops=False):
                if columns_apart and not _may_use_column(ops[i], ops[j]):
                    continue
                if i != j and not isinstance(ops[j], o.SetSequenceOwner):
                    graph.add_edge(j, i)       # create what an object uses before the object
    for dep in _with_steps(live.dependencies, by_key):
        if dep.dependent.kind == "sequence" and dep.referenced.kind == "table":
            continue   # OWNED BY: the sequence goes with its column, it does not use the table
        if dep.dependent.kind == "table":
            for i in ops_on(dep.dependent):
                if isinstance(ops[i], o.AlterColumn) and ops[i].change in _EXPRESSION_CHANGES:
                    for j in ops_on(dep.referenced, drops=True):
                        graph.add_edge(i, j)   # a default (nextval, a function) changed before what it used is dropped
        for i in ops_on(dep.dependent, drops=True):
            for j in ops_on(dep.referenced):
                if i != j and (ops[j].action == "drop" or isinstance(ops[j], o.AlterColumn)
                               or isinstance(ops[j], o.CreateFunction)):
                    graph.add_edge(i, j)       # drop a dependent before changing what it uses
        if dep.dependent.kind == "text search configuration":
            for i in ops_on(dep.dependent, drops=False):
                for j in ops_on(dep.referenced, drops=True):
                    graph.add_edge(i, j)       # a configuration's mappings leave a dictionary before it is dropped
    return graph


def _table_user_edges(ops: list[o.Op], graph: _StepGraph) -> None:
    """Steps that name tables without hanging on one (a publication's tables): after what
    creates or changes a table they need, before a table (or column) they let go of is
    dropped; a step marked ``releasing`` before the other steps on its object."""
    _key_user_edges(ops, graph)
    users = [(i, op) for i, op in enumerate(ops) if hasattr(op, "needs_tables")]
    if not users:
        return
    on_table: dict[ObjectKey, list[int]] = {}
    for j, other in enumerate(ops):
        table = other.key if other.key.kind == "table" and not other.key.parent else relation_of(other)
        if table is not None:
            on_table.setdefault(ObjectKey("table", table.schema, table.name), []).append(j)
    for i, op in users:
        for table in op.needs_tables:
            for j in on_table.get(table, ()):
                if j != i and not isinstance(ops[j], o.DropColumn):
                    graph.add_edge(j, i)
        for table in op.releases_tables:
            for j in on_table.get(table, ()):
                if ops[j].action == "drop":
                    graph.add_edge(i, j)
        if getattr(op, "releasing", False):
            for j, other in users:
                if j != i and other.key == op.key:
                    graph.add_edge(i, j)


def _key_user_edges(ops: list[o.Op], graph: _StepGraph) -> None:
    """Steps that need objects no catalog dependency names (a cast's function and types):
    after every step that creates or changes them (``needs_keys``); a step that lets them
    go (``frees_keys``) before they are dropped."""
    by_key: dict[ObjectKey, list[int]] = {}
    for j, other in enumerate(ops):
        by_key.setdefault(other.key, []).append(j)
    for i, op in enumerate(ops):
        for key in getattr(op, "needs_keys", ()):
            for j in by_key.get(key, ()):
                if j != i and ops[j].action != "drop":
                    graph.add_edge(j, i)
        for key in getattr(op, "frees_keys", ()):
            for j in by_key.get(key, ()):
                if j != i and ops[j].action == "drop":
                    graph.add_edge(i, j)


class PlanError(Exception):
    pass


class _StepGraph:
    """The directed graph of steps 0..n-1 that ordering needs: edges, and networkx's
    lexicographical topological sort (importing networkx took 0.3–0.6 s of every plan
    with changes)."""

    def __init__(self, size: int) -> None:
        self.successors: list[set[int]] = [set() for _ in range(size)]

    def add_edge(self, before: int, after: int) -> None:
        self.successors[before].add(after)

    def lexicographical_order(self, key: Callable[[int], Any]) -> tuple[list[int], list[int]]:
        """(order, []) — Kahn's algorithm always taking the ready step with the smallest
        (key, index), as networkx.lexicographical_topological_sort does; or (partial
        order, a cycle of steps) when the edges have a cycle."""
        indegree = [0] * len(self.successors)
        for targets in self.successors:
            for target in targets:
                indegree[target] += 1
        ready = [(key(i), i) for i, degree in enumerate(indegree) if degree == 0]
        heapq.heapify(ready)
        ordering: list[int] = []
        while ready:
            _, i = heapq.heappop(ready)
            ordering.append(i)
            for target in self.successors[i]:
                indegree[target] -= 1
                if indegree[target] == 0:
                    heapq.heappush(ready, (key(target), target))
        if len(ordering) == len(self.successors):
            return ordering, []
        return ordering, self._cycle({i for i, degree in enumerate(indegree) if degree > 0})

    def _cycle(self, left: set[int]) -> list[int]:
        """A cycle among ``left`` (every one of them has a predecessor in ``left``), in edge order."""
        predecessor = {target: i for i in sorted(left) for target in self.successors[i] if target in left}
        seen: dict[int, int] = {}
        node = min(left)
        while node not in seen:
            seen[node] = len(seen)
            node = predecessor[node]
        path = [n for n, _ in sorted(seen.items(), key=lambda item: item[1])][seen[node]:]
        return path[::-1]


def _transactional(op: o.Op) -> bool:
    """CONCURRENTLY, VALIDATE and the rename ending an online swap run after the transaction commits;
    ADD VALUE of an enum is committed before it (a new value is unusable in the transaction that adds it)."""
    return not (getattr(op, "concurrently", False) or getattr(op, "after_commit", False)
                or getattr(op, "before_transaction", False))


def _recreated(op: o.Op, created: set[ObjectKey]) -> bool:
    """False for a replacement's drop that nothing creates again: a dependent dropped with
    its dropped table, column or function (the index set aside by an online swap, dropped
    CONCURRENTLY once its successor is built, stays part of the swap)."""
    if not op.replace or op.action != "drop" or getattr(op, "concurrently", False):
        return True
    return op.key in created


def build_plan(ops: list[o.Op], live: Catalog, desired: Catalog, online: OnlinePolicy | None = None,
               *, pinned: Catalog | None = None) -> Plan:
    """The ordered, rendered steps of ``ops``; the plan is pinned to the fingerprint of
    ``pinned`` (the database as read, when ``live`` is a renamed or measured copy of it)."""
    ordered = make_online(order(ops, live, desired), live, online or OnlinePolicy())
    created = {op.key for op in ordered if op.action != "drop"}
    steps = [Step(op, tuple(render_sql(op)), tuple(hazards_of(op, live, desired)), _transactional(op),
                  lock_of(op, live), recreated=_recreated(op, created))
             for op in ordered]
    return Plan(steps=steps, fingerprint=fingerprint(live if pinned is None else pinned),
                graph=lambda: _final_graph(ordered, live, desired))


def _final_graph(ops: list[o.Op], live: Catalog, desired: Catalog) -> list[set[int]]:
    """The successors of each of the plan's final ``ops`` (online steps included): renames,
    which every other step's SQL relies on, before everything else."""
    renames = [i for i, op in enumerate(ops) if isinstance(op, o.Rename)]
    rest = [i for i, op in enumerate(ops) if not isinstance(op, o.Rename)]
    inner = dependency_graph([ops[i] for i in rest], live, desired, columns_apart=True)
    successors: list[set[int]] = [set() for _ in ops]
    for position, targets in enumerate(inner.successors):
        successors[rest[position]] = {rest[target] for target in targets}
    for i in renames:
        successors[i] = set(rest)
    return successors


# the fingerprint last computed, or loaded from the cache with its catalog: a plan pins
# itself to it and storing the catalog saves it, and hashing a 5,000-table catalog takes
# 0.2-0.4 s (catalogs are not changed once read: a changed copy is a new object)
_remembered: dict[int, tuple[Catalog, str]] = {}


def remember_fingerprint(catalog: Catalog, value: str) -> None:
    _remembered.clear()
    _remembered[id(catalog)] = (catalog, value)


def fingerprint(catalog: Catalog) -> str:
    """A stable hash of a catalog's managed objects (saved plans are pinned to it)."""
    remembered = _remembered.get(id(catalog))
    if remembered is not None and remembered[0] is catalog:
        return remembered[1]
    digest = hashlib.sha256()
    for kind_objects in (catalog.all_objects(), catalog.privileges, catalog.default_privileges):
        for key in sorted(kind_objects, key=repr):
            digest.update(repr(key).encode())
            digest.update(repr(kind_objects[key]).encode())
    value = digest.hexdigest()[:16]
    remember_fingerprint(catalog, value)
    return value
