"""Dependents that block a change: views, policies and triggers over a changed column,
a replaced view or a dropped function (or aggregate), and aggregates over a dropped
support function or type, are dropped first and recreated afterwards."""

from __future__ import annotations

from collections.abc import Iterable

from pgdecl.catalog.model import ObjectKey
from pgdecl.diff.context import DiffContext
from pgdecl.diff.ops import (
    AddConstraint, AlterColumn, CreateAggregate, DropAggregate, AlterPolicy, AlterViewOptions, ColumnExists, ColumnTypeDiffers, Condition,
    DefinitionDiffers, CreateIndex, DropConstraint, CreatePolicy, CreateTrigger, CreateView, DropColumn, DropFunction,
    CreateOperatorClass, DropForeignTable, DropIndex, DropOperator, DropOperatorClass, DropPolicy, DropTable,
    DropTrigger, DropView, ObjectExists, Op, SetComment, CreateRule, DropRule,
    with_conditions, replacing,
)
from pgdecl.diff.collations import RECREATED_KINDS as COLLATION_DEPENDENTS, DropCollation
from pgdecl.diff.type_ops import DropType, type_shape

# kinds PostgreSQL refuses to leave dangling: they must be dropped before the change
BLOCKING_KINDS = ("view", "policy", "trigger", "aggregate", "rule")
# ... and, for a dropped function, what calls it in an expression of its own: a CHECK, an index
_CALLERS = ("constraint", "index")
_DROP = {"view": DropView, "policy": DropPolicy, "trigger": DropTrigger, "aggregate": DropAggregate,
         "constraint": DropConstraint, "index": DropIndex, "rule": DropRule}
_CREATE = {"view": CreateView, "policy": CreatePolicy, "trigger": CreateTrigger, "aggregate": CreateAggregate,
           "constraint": AddConstraint, "index": CreateIndex, "rule": CreateRule}


def _causes(op: Op) -> list[tuple[ObjectKey, str | None, Condition]]:
    """(referenced key, column or None for the whole object, guard) that ``op`` invalidates."""
    if isinstance(op, AlterColumn) and op.change in ("type", "generated"):
        cond = ColumnTypeDiffers(op.table.key, op.new.name, op.new.type) if op.change == "type" \
            else ColumnExists(op.table.key, op.old.name)
        # generated columns over it are dropped and added with it
        return [(op.table.key, name, cond) for name in (op.old.name, *(g.name for g in op.rebuilt))]
    if isinstance(op, DropColumn):
        return [(op.table.key, op.column.name, ColumnExists(op.table.key, op.column.name))]
    if isinstance(op, (DropView, DropFunction, DropAggregate, DropOperator, DropForeignTable)):
        conds = op.when or (ObjectExists(op.key),)
        return [(op.key, None, c) for c in conds]
    if isinstance(op, DropType) and op.desired is not None:   # replaced: only while not yet as desired
        return [(op.key, None, DefinitionDiffers(op.key, type_shape(op.desired)))]
    if isinstance(op, DropTable) and op.when:       # replaced: only while it still has the old shape
        return [(op.key, None, c) for c in op.when]
    if isinstance(op, (DropTable, DropType)):
        return [(op.key, None, ObjectExists(op.key))]
    if isinstance(op, DropCollation):       # replaced: only while not yet as desired
        return [(op.key, None, DefinitionDiffers(op.key, op.desired.shape) if op.desired else ObjectExists(op.key))]
    return []


def add_dependents(ctx: DiffContext, ops: list[Op]) -> list[Op]:
    """``ops`` plus drop/recreate pairs for every live dependent a change would break."""
    ops = list(ops)
    processed: list[Op] = []        # kept alive so id() stays unique
    done: set[int] = set()
    while True:
        pending = [op for op in ops if id(op) not in done]
        if not pending:
            return ops
        for op in pending:
            processed.append(op)
            done.add(id(op))
            if isinstance(op, DropView) and op.replace and op.key in ctx.desired.views:
                ops.extend(list(_recreated_extras(ctx, ops, op.key)))
            if isinstance(op, DropConstraint) and op.constraint.kind in ("p", "u"):
                _recreate_foreign_keys(ctx, ops, op, op.constraint.schema, op.constraint.table, op.constraint.columns)
            if isinstance(op, DropIndex) and op.index.unique and not op.concurrently:
                _recreate_foreign_keys(ctx, ops, op, op.index.schema, op.index.table, op.index.columns)
            if isinstance(op, (DropOperator, DropOperatorClass)):
                _recreate_users_of_operator(ctx, ops, op)
            for referenced, column, cond in _causes(op):
                for dependent in sorted(ctx.live.dependents_of(referenced, column)):
                    if isinstance(op, DropTable) and op.replace and dependent.parent == referenced.name \
                            and dependent.schema == referenced.schema:
                        continue    # a replaced table's own policies and triggers are created with it
                    # an index using a recreated collation is dropped with it (ALTER COLUMN TYPE
                    # rebuilds the indexes of a column itself)
                    kinds = COLLATION_DEPENDENTS if isinstance(op, DropCollation) else BLOCKING_KINDS
                    if (dependent.kind in kinds or isinstance(op, DropFunction)
                            and dependent.kind in _CALLERS) and dependent != referenced:
                        _recreate(ctx, ops, dependent, cond)


# what uses an operator class (or an operator through one): dropped first, created again
_OPCLASS_USERS = {
    "operator class": (DropOperatorClass, CreateOperatorClass),
    "index": (DropIndex, CreateIndex),
    "constraint": (DropConstraint, AddConstraint),
}


def _recreate_users_of_operator(ctx: DiffContext, ops: list[Op], drop: DropOperator | DropOperatorClass) -> None:
    """Operator classes using a dropped operator, and indexes and (exclusion) constraints using
    a dropped operator class, block the drop: drop them first under the same guard and create
    them again afterwards if the spec keeps them."""
    cond = drop.when[0] if drop.when else ObjectExists(drop.key)
    for dependent in sorted(ctx.live.dependents_of(drop.key)):
        if dependent.kind not in _OPCLASS_USERS or dependent == drop.key:
            continue
        drop_type, create_type = _OPCLASS_USERS[dependent.kind]
        existing = [i for i, op in enumerate(ops) if isinstance(op, drop_type) and op.key == dependent]
        if existing:
            i = existing[0]
            if ops[i].when and cond not in ops[i].when:     # type: ignore[attr-defined]
                ops[i] = with_conditions(ops[i], ops[i].when + (cond,))   # type: ignore[attr-defined]
            continue
        live_obj, desired_obj = ctx.live.get(dependent), ctx.desired.get(dependent)
        if live_obj is None:
            continue
        ops.append(replacing(drop_type(live_obj, when=(cond,))))  # type: ignore[call-arg]
        if desired_obj is not None and not any(isinstance(op, create_type) and op.key == dependent for op in ops):
            ops.append(replacing(create_type(desired_obj)))  # type: ignore[call-arg]


def _recreate_foreign_keys(ctx: DiffContext, ops: list[Op], drop: DropConstraint | DropIndex,
                           schema: str, table: str, columns: tuple[str, ...]) -> None:
    """Foreign keys that reference a primary key, unique constraint or unique index being
    dropped (a replaced key, a renamed pkey) block the drop: drop them first, under the same
    guard, and add them again afterwards if the spec keeps them."""
    cond = drop.when[0] if drop.when else ObjectExists(drop.key)
    for fk in sorted(ctx.live.constraints.values(), key=lambda c: c.key):
        if fk.kind != "f" or fk.ref_table is None or tuple(fk.ref_table) != (schema, table) \
                or set(fk.ref_columns) != set(columns):
            continue
        existing = [i for i, op in enumerate(ops) if isinstance(op, DropConstraint) and op.key == fk.key]
        if existing:
            i = existing[0]
            if ops[i].when and cond not in ops[i].when:     # type: ignore[attr-defined]
                ops[i] = with_conditions(ops[i], ops[i].when + (cond,))   # type: ignore[attr-defined]
            continue
        ops.append(replacing(DropConstraint(fk, when=(cond,))))
        desired = ctx.desired.constraints.get(fk.key)
        if desired is not None and not any(isinstance(op, AddConstraint) and op.key == fk.key for op in ops):
            ops.append(replacing(AddConstraint(desired)))


def _recreate(ctx: DiffContext, ops: list[Op], dependent: ObjectKey, cond: Condition) -> None:
    """Make sure ``dependent`` is dropped (when ``cond``) and, if desired, created again."""
    kind = dependent.kind
    drops = [i for i, op in enumerate(ops) if isinstance(op, _DROP[kind]) and op.key == dependent]
    if drops:
        i = drops[0]
        existing = ops[i]
        if existing.when and cond not in existing.when:   # unconditional drops cover every cause
            ops[i] = with_conditions(existing, existing.when + (cond,))
        return
    live_obj = ctx.live.get(dependent)
    if live_obj is None:
        return      # not read: an unmanaged object (a view's trigger), never dropped or created by a plan
    desired_obj = ctx.desired.get(dependent)
    # an in-place change of the dependent becomes part of the drop/create
    ops[:] = [op for op in ops if not (op.key == dependent and isinstance(
        op, (AlterPolicy, AlterViewOptions, CreateView, CreateTrigger, CreateAggregate, CreateRule)))]
    ops.append(replacing(_DROP[kind](live_obj, when=(cond,))))  # type: ignore[call-arg]
    if desired_obj is not None:
        ops.append(replacing(_CREATE[kind](desired_obj)))  # type: ignore[call-arg]
        ops.extend(list(_recreated_extras(ctx, ops, dependent)))


def _recreated_extras(ctx: DiffContext, ops: list[Op], key: ObjectKey) -> Iterable[Op]:
    """What goes with a recreated object: a materialized view's indexes, its comment."""
    desired_obj = ctx.desired.get(key)
    comment = getattr(desired_obj, "comment", None)
    if comment and not any(isinstance(op, SetComment) and op.target == key and not op.column for op in ops):
        yield SetComment(key, comment, materialized=getattr(desired_obj, "materialized", False))
    for column, text in getattr(desired_obj, "column_comments", ()):
        if not any(isinstance(op, SetComment) and op.target == key and op.column == column for op in ops):
            yield SetComment(key, text, column=column)
    if key.kind == "view" and getattr(desired_obj, "materialized", False):
        for index in sorted(ctx.desired.indexes.values(), key=lambda i: i.name):
            if (index.schema, index.table) == (key.schema, key.name):
                already = any(isinstance(op, CreateIndex) and op.key == index.key for op in ops)
                if not already:
                    ops[:] = [op for op in ops if not (isinstance(op, DropIndex) and op.key == index.key)]
                    yield replacing(CreateIndex(index))
