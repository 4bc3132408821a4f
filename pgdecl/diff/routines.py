"""Comparators for functions, triggers and views."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Function, View
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.indexes import _gone_relation
from pgdecl.diff.ops import (
    AlterViewOptions, CreateFunction, CreateTrigger, CreateView, DefinitionDiffers,
    DropFunction, DropTrigger, DropView, ObjectExists, Op, SetComment, replacing,
)


def function_signature(fn: Function) -> str:
    """What CREATE OR REPLACE cannot change: kind, arguments (names, modes, defaults) and result."""
    return f"{fn.kind}|{fn.arguments}|{fn.result or ''}"


def diff_functions(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.functions, ctx.desired.functions
    for key in added(live, desired):
        yield CreateFunction(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment, function=desired[key])
    created = {(desired[key].schema, desired[key].name) for key in added(live, desired)}
    for key in removed(live, desired):
        fn = live[key]
        # DROP FUNCTION ignores argument names: with a namesake created (an argument renamed)
        # IF EXISTS would drop it again on a second run; the guard compares the names too
        yield DropFunction(fn, when=(ObjectExists(key),)) if (fn.schema, fn.name) in created else DropFunction(fn)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.definition != new.definition:
            if function_signature(old) == function_signature(new):
                yield CreateFunction(new, old)
            else:
                yield replacing(DropFunction(old, when=(DefinitionDiffers(key, function_signature(new)),)))
                yield replacing(CreateFunction(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment, function=new)


def diff_triggers(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.triggers, ctx.desired.triggers
    for key in added(live, desired):
        yield CreateTrigger(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        trigger = live[key]
        if not _gone_relation(ctx, trigger.schema, trigger.table):
            yield DropTrigger(trigger)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.definition != new.definition or old.enabled != new.enabled:
            if not (old.constraint or new.constraint):
                yield CreateTrigger(new, or_replace=True)
            else:   # constraint triggers cannot be CREATE OR REPLACEd
                yield replacing(DropTrigger(old, when=(DefinitionDiffers(key, new.definition),)))
                yield replacing(CreateTrigger(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def replaceable_in_place(old: View, new: View) -> bool:
    """CREATE OR REPLACE VIEW keeps existing columns (same names, types, order) and may only add at the end."""
    if old.materialized or new.materialized:
        return False
    return new.columns[: len(old.columns)] == old.columns


def diff_views(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.views, ctx.desired.views
    for key in added(live, desired):
        yield CreateView(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment, materialized=desired[key].materialized)
        yield from view_column_comments(None, desired[key])
    for key in removed(live, desired):
        yield DropView(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        query_changed = (old.definition, old.columns, old.materialized) != (new.definition, new.columns, new.materialized)
        if query_changed and replaceable_in_place(old, new):
            yield CreateView(new, old)          # also sets the options
        elif query_changed:
            yield replacing(DropView(old, when=(DefinitionDiffers(key, new.definition),)))
            yield replacing(CreateView(new))
        elif (old.options, old.check_option) != (new.options, new.check_option):
            yield view_options_change(old, new)
        if old.comment != new.comment:
            yield SetComment(key, new.comment, materialized=new.materialized)
        recreated = query_changed and not replaceable_in_place(old, new)
        yield from view_column_comments(None if recreated else old, new)


def view_column_comments(old: View | None, new: View) -> Iterator[SetComment]:
    """COMMENT ON COLUMN of a view's columns whose comment differs from ``old``'s (None: the
    view is created (again), every comment is set)."""
    before = dict(old.column_comments) if old is not None else {}
    after = dict(new.column_comments)
    columns = {name for name, _ in new.columns}
    for column in sorted(before.keys() | after.keys()):
        if before.get(column) != after.get(column) and column in columns:
            yield SetComment(new.key, after.get(column), column=column)


def view_options_change(old: View, new: View) -> AlterViewOptions:
    """ALTER VIEW … SET (…) / RESET (…): never a drop."""
    want = dict(new.options)
    if new.check_option:
        want["check_option"] = new.check_option
    have = dict(old.options)
    if old.check_option:
        have["check_option"] = old.check_option
    to_set = tuple(sorted((k, v) for k, v in want.items() if have.get(k) != v))
    to_reset = tuple(sorted(k for k in have if k not in want))
    return AlterViewOptions(new, to_set, to_reset, old=old)
