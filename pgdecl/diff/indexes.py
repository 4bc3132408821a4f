"""Comparators for constraints and indexes."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import ObjectKey
from pgdecl.diff.canonical import same_definition
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import (
    AddConstraint, AlterIndexStorage, CreateIndex, DefinitionDiffers, DropConstraint, DropIndex, Op,
    SetComment, inline_constraints, replacing,
)


def _new_table(ctx: DiffContext, schema: str, table: str) -> bool:
    key = ObjectKey("table", schema, table)
    return key in ctx.desired.tables and key not in ctx.live.tables


def _gone_relation(ctx: DiffContext, schema: str, table: str) -> bool:
    """The table or materialized view the object is on is dropped as a whole."""
    for kind in ("table", "view"):
        key = ObjectKey(kind, schema, table)
        if key in ctx.live.by_kind(kind) and key not in ctx.desired.by_kind(kind):
            return True
    return False


def diff_constraints(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.constraints, ctx.desired.constraints
    by_table: dict[tuple[str, str], list] = {}     # grouped once: per table it was quadratic in N
    for c in desired.values():
        by_table.setdefault((c.schema, c.table), []).append(c)
    inline: dict[tuple[str, str], set[str]] = {}     # per new table, the constraints its CREATE TABLE writes
    for key in added(live, desired):
        con = desired[key]
        table = (con.schema, con.table)
        if _new_table(ctx, con.schema, con.table) and table not in inline:
            inline[table] = {c.name for c in inline_constraints(by_table[table])}
        if con.name in inline.get(table, ()):
            pass        # created inline with its table
        else:
            yield AddConstraint(con)
        if con.comment:
            yield SetComment(key, con.comment)
    for key in removed(live, desired):
        con = live[key]
        if not _gone_relation(ctx, con.schema, con.table):
            yield DropConstraint(con)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if not same_definition(old.definition, new.definition):
            yield replacing(DropConstraint(old, when=(DefinitionDiffers(key, new.definition),)))
            yield replacing(AddConstraint(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def diff_indexes(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.indexes, ctx.desired.indexes
    for key in added(live, desired):
        yield CreateIndex(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        index = live[key]
        if not _gone_relation(ctx, index.schema, index.table):
            yield DropIndex(index)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.valid and old.definition != new.definition and old.shape == new.shape:
            yield AlterIndexStorage(new, old)       # fillfactor, fastupdate, ... in place
        elif old.definition != new.definition or not old.valid:
            # PostgreSQL cannot change an index's method, columns or predicate in place
            yield replacing(DropIndex(old, when=(DefinitionDiffers(key, new.definition),)))
            yield replacing(CreateIndex(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment)
