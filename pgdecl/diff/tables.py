"""Comparators for schemas, extensions, sequences, tables and columns."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Column, ObjectKey, Table
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import (
    AddColumn, AlterColumn, AlterExtensionSchema, AlterInheritance, AlterExtensionVersion, AlterSequence, CreateExtension,
    CreateSchema, CreateSequence, CreateTable, DropColumn, DropConstraint, RelationKindIs, relkinds_of, DropSequence, DropTable,
    Op, SetComment, SetRowLevelSecurity, SetSequenceOwner, SetTableStorage,
)


def diff_schemas(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.schemas, ctx.desired.schemas
    for key in added(live, desired):
        yield CreateSchema(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in common(live, desired):
        if live[key].comment != desired[key].comment:
            yield SetComment(key, desired[key].comment)
    # schemas the spec lacks are not managed, so never dropped


def diff_extensions(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.extensions, ctx.desired.extensions
    for key in added(live, desired):
        yield CreateExtension(desired[key])
    for key in common(live, desired):
        want = desired[key].version
        if not desired[key].any_schema and live[key].schema != desired[key].schema:
            yield AlterExtensionSchema(desired[key], live[key].schema)
        if want is not None and live[key].version != want:
            yield AlterExtensionVersion(desired[key], live[key].version)
    # extensions are database-wide: pgdecl never drops one the spec does not list


def diff_sequences(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.sequences, ctx.desired.sequences
    for key in added(live, desired):
        seq = desired[key]
        yield CreateSequence(seq)
        if seq.owned_by:
            yield SetSequenceOwner(seq)
        if seq.comment:
            yield SetComment(key, seq.comment)
    for key in removed(live, desired):
        owner = live[key].owned_by
        if owner and ObjectKey("table", owner[0], owner[1]) not in ctx.desired.tables:
            continue  # goes with its table
        yield DropSequence(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if _sequence_params(old) != _sequence_params(new):
            yield AlterSequence(old, new)
        if old.owned_by != new.owned_by:
            yield SetSequenceOwner(new)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _sequence_params(seq) -> tuple:
    return (seq.data_type, seq.start, seq.increment, seq.min_value, seq.max_value, seq.cache, seq.cycle)


def diff_tables(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.tables, ctx.desired.tables
    inline_by_table: dict[tuple[str, str], list] = {}     # grouped once: per table it was quadratic in N
    for c in sorted(ctx.desired.constraints.values(), key=lambda c: c.name):
        if c.kind != "f":
            inline_by_table.setdefault((c.schema, c.table), []).append(c)
    for key in added(live, desired):
        table = desired[key]
        inline = tuple(inline_by_table.get((table.schema, table.name), ()))
        yield CreateTable(table, inline)
        if table.rls_enabled or table.rls_forced:
            yield SetRowLevelSecurity(table, None)
        if table.comment:
            yield SetComment(key, table.comment)
        for col in table.columns:
            if col.comment:
                yield SetComment(key, col.comment, column=col.name)
    gone = set(removed(live, desired))
    for key in removed(live, desired):
        if ObjectKey("view", key.schema, key.name) in ctx.desired.views:     # becomes a view
            yield DropTable(live[key], when=(RelationKindIs(key, relkinds_of(live[key])),))
        else:
            yield DropTable(live[key])
    yield from _foreign_key_cycles(ctx, gone)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if new.partition_of is None:
            # a partition's columns are its parent's: a change is made on the parent only
            yield from diff_columns(ctx, old, new)
        for parent in old.inherits:
            if parent not in new.inherits:
                yield AlterInheritance(new, tuple(parent), add=False)
        for parent in new.inherits:
            if parent not in old.inherits:
                yield AlterInheritance(new, tuple(parent), add=True)
        if (old.unlogged, old.options) != (new.unlogged, new.options):
            yield SetTableStorage(new, old)
        if (old.rls_enabled, old.rls_forced) != (new.rls_enabled, new.rls_forced):
            yield SetRowLevelSecurity(new, old)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _foreign_key_cycles(ctx: DiffContext, gone: set[ObjectKey]) -> Iterator[Op]:
    """DropConstraint for foreign keys that tie dropped tables in a cycle, one per cycle: no
    order of DROP TABLE satisfies a cycle (the plan orders dropped tables by their keys)."""
    edges: dict[ObjectKey, set[ObjectKey]] = {}
    keys = [c for c in ctx.live.constraints.values() if c.kind == "f" and c.ref_table is not None]
    for c in keys:
        source, target = ObjectKey("table", c.schema, c.table), ObjectKey("table", *c.ref_table)
        if source in gone and target in gone and source != target:
            edges.setdefault(source, set()).add(target)

    def reaches(start: ObjectKey, goal: ObjectKey) -> bool:
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    broken: set[tuple[ObjectKey, ObjectKey]] = set()
    for c in sorted(keys, key=lambda c: c.key):
        source, target = ObjectKey("table", c.schema, c.table), ObjectKey("table", *c.ref_table)
        if target in edges.get(source, ()) and reaches(target, source):
            edges[source].discard(target)
            broken.add((source, target))
        if (source, target) in broken:          # every key of that pair of tables
            yield DropConstraint(c, replace=True)


def diff_columns(ctx: DiffContext, old: Table, new: Table) -> Iterator[Op]:
    old_cols = {c.name: c for c in old.columns}
    new_cols = {c.name: c for c in new.columns}
    # a column inherited from a parent (INHERITS) is added, dropped and changed on the parent;
    # the table adds one itself only to gain a parent (INHERIT needs it), and drops one only
    # when it gives up a parent (NO INHERIT leaves the column as its own)
    gains_parent = not set(new.inherits) <= set(old.inherits)
    loses_parent = not set(old.inherits) <= set(new.inherits)
    for col in new.columns:
        if col.name not in old_cols and (not col.inherited or gains_parent):
            yield AddColumn(new, col)
            if col.comment:
                yield SetComment(new.key, col.comment, column=col.name)
    for col in old.columns:
        if col.name not in new_cols and (not col.inherited or loses_parent):
            yield DropColumn(old, col)
    for col in new.columns:
        before = old_cols.get(col.name)
        if before is not None and before != col and not (before.inherited and col.inherited):
            yield from _column_changes(ctx, new, before, col)


def _column_changes(ctx: DiffContext, table: Table, old: Column, new: Column) -> Iterator[Op]:
    version = ctx.server_version

    def change(kind: str) -> AlterColumn:
        return AlterColumn(table, old, new, kind, server_version=version)

    if (old.generated, old.virtual) != (new.generated, new.virtual):
        yield change("generated")
        return   # the column is rebuilt with every other attribute
    type_changed = (old.type, old.collation) != (new.type, new.collation)
    if type_changed:
        yield change("type")        # also re-sets the default when there is one
    if old.default != new.default and not (type_changed and (old.default or new.default)):
        yield change("default")
    if old.identity != new.identity:
        yield change("identity")
    if old.not_null != new.not_null:
        yield change("not_null")
    for attribute in ("statistics", "storage", "compression"):
        if getattr(old, attribute) != getattr(new, attribute):
            yield change(attribute)
    if old.comment != new.comment:
        yield SetComment(table.key, new.comment, column=new.name)
