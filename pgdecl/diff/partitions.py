"""Partitioning: tables replaced because their partition key changed, partitions attached and
detached, and what a partition inherits from its parent (never diffed as its own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from pgdecl.catalog.model import Catalog, Constraint, Index, ObjectKey, Table, split_index_definition
from pgdecl.diff.context import DiffContext, common
from pgdecl.diff.ops import (
    AddConstraint, AlterColumn, AttachIndex, AttachPartition, DetachPartition, DisownSequence, DropConstraint,
    DropTable, Op, PartitioningDiffers, SetSequenceOwner, replacing,
)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the other comparators see (``ctx``: the live side without the replaced tables,
    with a detached partition's inherited objects as its own and an attached table's objects
    that ATTACH adopts left out) and the steps only this module knows (``ops``)."""

    ctx: DiffContext
    ops: tuple[Op, ...]
    replaced: frozenset[ObjectKey]


def _columns(table: Table) -> set[tuple[str, str, str | None]]:
    return {(c.name, c.type, c.collation) for c in table.columns}


def replaced_tables(live: Catalog, desired: Catalog) -> set[ObjectKey]:
    """Tables PostgreSQL cannot change in place: the partition key changed (or a plain table
    became partitioned, or the reverse), or a table whose columns differ from its new parent's
    becomes a partition; with them, every live partition below them."""
    replaced = set()
    for key in live.tables.keys() & desired.tables.keys():
        old, new = live.tables[key], desired.tables[key]
        if old.partition_by != new.partition_by:
            replaced.add(key)
        elif new.partition_of is not None and new.partition_of != old.partition_of \
                and _columns(old) != _columns(new):
            replaced.add(key)
    def kept_apart(key: ObjectKey) -> bool:
        """A partition the spec keeps as a plain table of the same shape: DETACH keeps its rows."""
        wanted, table = desired.tables.get(key), live.tables[key]
        return wanted is not None and wanted.partition_of is None and wanted.partition_by == table.partition_by \
            and _columns(wanted) == _columns(table)

    grew = True
    while grew:
        below = {key for key, table in live.tables.items()
                 if table.parent_key in replaced and not kept_apart(key)} - replaced
        replaced |= below
        grew = bool(below)
    return replaced


def _index_shape(index: Index) -> tuple[str, str]:
    """An index's definition without its name, for matching a table's index to its parent's."""
    prefix, _, tail = split_index_definition(index.definition)
    return prefix, tail


def _adopted_by_parent(desired: Catalog, on_table: tuple[str, str], constraints: dict, indexes: dict) -> None:
    """A partition's own index, primary key or unique constraint that the spec does not list
    but that matches one its parent gets (a new index or key on the parent): PostgreSQL
    attaches it to the parent's instead of building another, so it is not dropped."""
    given = [obj for obj in desired.inherited.values() if isinstance(obj, (Constraint, Index))
             and (obj.schema, obj.table) == on_table]
    given_constraints = {(c.kind, c.definition) for c in given if isinstance(c, Constraint)}
    given_indexes = {_index_shape(i) for i in given if isinstance(i, Index)}
    for ckey, con in list(constraints.items()):
        if (con.schema, con.table) == on_table and ckey not in desired.constraints \
                and (con.kind, con.definition) in given_constraints:
            del constraints[ckey]
    for ikey, index in list(indexes.items()):
        if (index.schema, index.table) == on_table and ikey not in desired.indexes \
                and _index_shape(index) in given_indexes:
            del indexes[ikey]


def _index_body(index: Index) -> tuple[str, str]:
    """An index's definition without its name and table: ('CREATE UNIQUE INDEX ', 'btree (a)')."""
    prefix, _, tail = split_index_definition(index.definition)
    return prefix, tail.partition(" USING ")[2]


def _attachable(live: Catalog, table: ObjectKey, index: Index, own: dict[ObjectKey, Index]) -> list[Index] | None:
    """The partitions' own indexes to attach to ``index`` (on partitioned ``table``), or None
    when a partition (or a partitioned partition) has no matching index to give it."""
    found = []
    for partition in sorted(t.key for t in live.tables.values() if t.parent_key == table):
        on = (partition.schema, partition.name)
        if any(isinstance(i, Index) and (i.schema, i.table) == on and _index_body(i) == _index_body(index)
               for i in live.inherited.values()):
            continue        # attached already
        if live.tables[partition].partition_by is not None:
            return None
        matches = sorted((i for i in own.values() if (i.schema, i.table) == on and i.valid
                          and _index_body(i) == _index_body(index)), key=lambda i: i.name)
        if not matches:
            return None
        found.append(matches[0])
    return found


def prepare(ctx: DiffContext) -> Prepared:
    live, desired = ctx.live, ctx.desired
    replaced = replaced_tables(live, desired)
    ops: list[Op] = []
    constraints = dict(live.constraints)
    indexes = dict(live.indexes)

    # detached from their parent: what they inherited becomes their own (triggers cloned from
    # the parent's are dropped by DETACH); attached: their own objects matching what the parent
    # gives them are adopted by ATTACH, not dropped and created again
    for key in common(live.tables, desired.tables):
        if key in replaced:
            continue
        old, new = live.tables[key], desired.tables[key]
        on_table = (key.schema, key.name)
        if old.partition_of == new.partition_of:
            if new.partition_of is not None:
                _adopted_by_parent(desired, on_table, constraints, indexes)
            continue
        if old.partition_of is not None:
            for inherited in live.inherited.values():
                if isinstance(inherited, Constraint) and (inherited.schema, inherited.table) == on_table:
                    constraints[inherited.key] = inherited
                elif isinstance(inherited, Index) and (inherited.schema, inherited.table) == on_table:
                    indexes[inherited.key] = inherited
        if new.partition_of is not None:
            given = [obj for obj in desired.inherited.values() if isinstance(obj, (Constraint, Index))
                     and (obj.schema, obj.table) == on_table]
            given_constraints = {c.key: c for c in given if isinstance(c, Constraint)}
            given_indexes = {_index_shape(i) for i in given if isinstance(i, Index)}
            for ckey, con in list(constraints.items()):
                if (con.schema, con.table) == on_table and ckey in given_constraints \
                        and given_constraints[ckey].definition == con.definition:
                    del constraints[ckey]
            for ikey, index in list(indexes.items()):
                if (index.schema, index.table) == on_table and _index_shape(index) in given_indexes:
                    del indexes[ikey]

    # an index on a partitioned table made ON ONLY (pg_dump's way) is invalid until every
    # partition has a matching index attached: attach the partitions' own matching indexes
    # rather than dropping it and building it again on every partition
    for ikey, index in list(indexes.items()):
        wanted = desired.indexes.get(ikey)
        if index.valid or wanted is None or wanted.definition != index.definition:
            continue
        parent = live.tables.get(ObjectKey("table", index.schema, index.table))
        if parent is None or parent.partition_by is None:
            continue        # an invalid index of a plain table (a failed CONCURRENTLY build) is built again
        attach = _attachable(live, parent.key, index, live.indexes)
        if attach is not None:
            ops.extend(AttachIndex(index, own) for own in attach)
            indexes[ikey] = replace(index, valid=True)

    # replaced tables: dropped with what hangs on them (while they still have the old shape,
    # so the script can run again), created again from the spec
    guards: dict[tuple[str, str], PartitioningDiffers] = {}
    for key in sorted(replaced):
        table = live.tables[key]
        wanted = desired.tables.get(key)
        if wanted is None:
            ops.append(DropTable(table))
            continue
        guard = PartitioningDiffers(key, wanted.partition_by, tuple(wanted.partition_of) if wanted.partition_of else None)
        guards[(key.schema, key.name)] = guard
        ops.append(replacing(DropTable(table, when=(guard,))))
        for seq in sorted(live.sequences.values(), key=lambda s: s.key):
            if seq.owned_by and ObjectKey("table", seq.owned_by[0], seq.owned_by[1]) == key \
                    and seq.key in desired.sequences:
                ops.append(replacing(DisownSequence(seq, when=(guard,))))   # DROP TABLE would drop it
                if desired.sequences[seq.key].owned_by:
                    ops.append(SetSequenceOwner(desired.sequences[seq.key]))
    gone = {(key.schema, key.name) for key in replaced}
    for ckey, con in list(constraints.items()):
        if (con.schema, con.table) in gone:
            del constraints[ckey]
        elif con.ref_table is not None and tuple(con.ref_table) in gone:
            guard = guards.get(tuple(con.ref_table))
            # a foreign key referencing a replaced table: dropped first, added back by diff_constraints
            ops.append(replacing(DropConstraint(con, when=(guard,) if guard else ())))
            del constraints[ckey]
    prepared_live = replace(
        live,
        tables={k: t for k, t in live.tables.items() if k not in replaced},
        constraints=constraints,
        indexes={k: i for k, i in indexes.items() if (i.schema, i.table) not in gone},
        policies={k: p for k, p in live.policies.items() if (p.schema, p.table) not in gone},
        triggers={k: t for k, t in live.triggers.items() if (t.schema, t.table) not in gone},
        statistics={k: x for k, x in live.statistics.items() if (x.schema, x.table) not in gone},
    )
    return Prepared(replace(ctx, live=prepared_live), tuple(ops), frozenset(replaced))


def diff_partitions(ctx: DiffContext, replaced: frozenset[ObjectKey]) -> Iterator[Op]:
    """DETACH and ATTACH for tables kept in place whose parent or bound changed; before an
    ATTACH, the NOT NULL and CHECK constraints PostgreSQL requires the table to have already."""
    live, desired = ctx.live, ctx.desired
    for key in common(live.tables, desired.tables):
        if key in replaced:
            continue
        old, new = live.tables[key], desired.tables[key]
        if (old.partition_of, old.partition_bound) == (new.partition_of, new.partition_bound):
            continue
        if old.partition_of is not None:
            same_parent = new.partition_of == old.partition_of
            yield DetachPartition(old, new_bound=new.partition_bound if same_parent else None)
        if new.partition_of is None:
            continue
        if old.partition_of != new.partition_of:
            for column in new.columns:
                before = old.column(column.name)
                if before is not None and column.not_null and not before.not_null:
                    yield AlterColumn(old, before, replace(before, not_null=True), "not_null",
                                      server_version=ctx.server_version)
            for inherited in sorted((c for c in desired.inherited.values() if isinstance(c, Constraint)
                                     and c.kind == "c" and (c.schema, c.table) == (key.schema, key.name)),
                                    key=lambda c: c.name):
                if inherited.key not in live.constraints:
                    yield AddConstraint(inherited)
        yield AttachPartition(new)
