"""Comparator for user-defined types: enums, domains and composite types."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace

from pgdecl.catalog.model import ObjectKey, UserType
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import Op, SetComment, replacing
from pgdecl.diff.type_ops import (
    type_shape,
    AddDomainConstraint, AddEnumValues, AlterDomain, AlterTypeAttribute, CreateType,
    DropDomainConstraint, DropType, EnumValue,
)
from pgdecl.errors import PgdeclError

log = logging.getLogger(__name__)

# dependents a replaced type can take along (dropped first, created again afterwards)
_RECREATED_KINDS = ("view", "policy", "trigger")


class UnsupportedTypeChange(PgdeclError):
    """A type change PostgreSQL cannot make in place while other objects use the type."""


def diff_types(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.types, ctx.desired.types
    for key in added(live, desired):
        log.debug("Detected added type %s", key)
        yield CreateType(desired[key])
        if desired[key].comment is not None:
            yield SetComment(key, desired[key].comment)
        yield from constraint_comments(None, desired[key])
    for key in removed(live, desired):
        yield DropType(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        replaced = old != new and _in_place(old, new) is None
        if old != new:
            yield from _changes(ctx, old, new)
        yield from constraint_comments(None if replaced else old, new)


def constraint_comments(old: UserType | None, new: UserType) -> Iterator[Op]:
    """COMMENT ON CONSTRAINT … ON DOMAIN for each constraint of ``new`` whose comment differs
    from ``old``'s, or that is created (again), and has one."""
    before = {c.name: c for c in old.constraints} if old is not None else {}
    for constraint in new.constraints:
        kept = before.get(constraint.name)
        if kept is not None and kept.definition == constraint.definition:
            if kept.comment != constraint.comment:
                yield SetComment(new.key, constraint.comment, constraint=constraint.name)
        elif constraint.comment is not None:
            yield SetComment(new.key, constraint.comment, constraint=constraint.name)


def _changes(ctx: DiffContext, old: UserType, new: UserType) -> Iterator[Op]:
    in_place = _in_place(old, new)
    if in_place is None:
        yield from _replace(ctx, old, new)
        return
    retyped = [op.attribute.name for op in in_place if isinstance(op, AlterTypeAttribute) and op.change == "type"]
    tables = [key for key in _users(ctx, old) if key.kind == "table"]
    if retyped and tables:
        where = f"{new.origin}: " if new.origin else ""
        raise UnsupportedTypeChange(
            f"{where}type {old.key.schema}.{old.key.name}: changing the type of attribute(s) {', '.join(retyped)} "
            f"is not possible while table columns use the type ({', '.join(map(str, tables))}): PostgreSQL "
            f"refuses ALTER TYPE … ALTER ATTRIBUTE then. Add a new attribute instead, or move the columns "
            f"off the type first")
    yield from in_place
    if old.comment != new.comment:
        yield SetComment(new.key, new.comment)


def _in_place(old: UserType, new: UserType) -> list[Op] | None:
    """The in-place steps turning ``old`` into ``new``, or None when the type must be recreated."""
    if old.kind != new.kind:
        return None
    if new.kind == "enum":
        return _enum_changes(old, new)
    if new.kind == "domain":
        return _domain_changes(old, new)
    if new.kind == "range":     # no ALTER TYPE for a range's definition
        return [] if type_shape(old) == type_shape(new) else None
    return _composite_changes(old, new)


def _enum_changes(old: UserType, new: UserType) -> list[Op] | None:
    """RENAME VALUE for each hinted rename, then ADD VALUE for each new label, placed next to
    a neighbour so the order is kept. Removing or reordering labels is impossible in place."""
    renames = tuple((before, after) for before, after in new.renamed_labels
                    if before in old.labels and after not in old.labels)
    if renames:
        renamed = dict(renames)
        old = replace(old, labels=tuple(renamed.get(label, label) for label in old.labels))
    kept = [label for label in new.labels if label in old.labels]
    if kept != list(old.labels):
        return None
    values: list[EnumValue] = []
    for index, label in enumerate(new.labels):
        if label in old.labels:
            continue
        if index > 0:           # the previous label exists by now (old, or added just before)
            values.append(EnumValue(label, after=new.labels[index - 1]))
        elif kept:
            values.append(EnumValue(label, before=kept[0]))
        else:
            values.append(EnumValue(label))
    return [AddEnumValues(new, tuple(values), renames)] if values or renames else []


def _domain_changes(old: UserType, new: UserType) -> list[Op] | None:
    if (old.base_type, old.collation) != (new.base_type, new.collation):
        return None
    ops: list[Op] = []
    if old.default != new.default:
        ops.append(AlterDomain(new, old, "default"))
    if old.not_null != new.not_null:
        ops.append(AlterDomain(new, old, "not_null"))
    before = {c.name: c for c in old.constraints}
    after = {c.name: c for c in new.constraints}
    for name in sorted(before):
        if name not in after:
            ops.append(DropDomainConstraint(new, before[name]))
    for name in sorted(after):
        if name not in before or after[name] != before[name]:
            ops.append(AddDomainConstraint(new, after[name], before.get(name)))
    return ops


def _composite_changes(old: UserType, new: UserType) -> list[Op] | None:
    """ADD ATTRIBUTE appends: in place only when the kept attributes stay in their order
    and the new ones come after them."""
    before = {a.name: a for a in old.attributes}
    wanted = {a.name for a in new.attributes}
    kept = [a for a in new.attributes if a.name in before]
    appended = [a for a in new.attributes if a.name not in before]
    if list(new.attributes) != kept + appended or \
            [a.name for a in kept] != [a.name for a in old.attributes if a.name in wanted]:
        return None
    ops: list[Op] = []
    for attribute in old.attributes:
        if attribute.name not in wanted:
            ops.append(AlterTypeAttribute(new, "drop", attribute))
    for attribute in kept:
        if attribute != before[attribute.name]:
            ops.append(AlterTypeAttribute(new, "type", attribute, before[attribute.name]))
    for attribute in appended:
        ops.append(AlterTypeAttribute(new, "add", attribute))
    return ops


def _users(ctx: DiffContext, old: UserType) -> list[ObjectKey]:
    """Live objects using the type that stay (the plan does not drop them) and cannot be
    dropped and recreated around it: tables, functions, other types."""
    return sorted(
        dependent for dependent in ctx.live.dependents_of(old.key)
        if dependent.kind not in _RECREATED_KINDS and dependent != old.key
        and ctx.desired.get(dependent) is not None)


def _replace(ctx: DiffContext, old: UserType, new: UserType) -> Iterator[Op]:
    blockers = _users(ctx, old)
    if blockers:
        raise UnsupportedTypeChange(_blocked_message(old, new, blockers))
    yield replacing(DropType(old, new))
    yield replacing(CreateType(new))
    if new.comment is not None:
        yield SetComment(new.key, new.comment)


def _blocked_message(old: UserType, new: UserType, blockers: list[ObjectKey]) -> str:
    where = f"{new.origin}: " if new.origin else ""
    if old.kind == new.kind == "enum":
        removed_labels = [label for label in old.labels if label not in new.labels]
        what = (f"removing enum value(s) {', '.join(map(repr, removed_labels))}" if removed_labels
                else "reordering enum values")
        how = "PostgreSQL can only add enum values in place"
    elif old.kind != new.kind:
        what, how = f"changing a {old.kind} into a {new.kind}", "the type must be recreated"
    elif old.kind == "domain":
        what, how = "changing the base type or collation of a domain", "the domain must be recreated"
    elif old.kind == "range":
        what, how = "changing the definition of a range type", "the type must be recreated"
    else:
        what, how = "reordering the attributes of a composite type", "the type must be recreated"
    users = ", ".join(str(key) for key in blockers)
    return (f"{where}type {old.key.schema}.{old.key.name}: {what} is not possible: {how}, and dropping it "
            f"would lose data of what uses it ({users}). Move those objects off the type first "
            f"(e.g. convert the columns to text in one change, recreate the type in the next), "
            f"or keep the type as it is")
