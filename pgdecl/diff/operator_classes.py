"""Comparator for operator families and operator classes."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from pgdecl.catalog.model import OperatorClass, OperatorMember
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import (
    AlterOperatorFamily, CreateOperatorClass, CreateOperatorFamily, DefinitionDiffers, DropOperatorClass,
    DropOperatorFamily, Op, SetComment, replacing,
)

log = logging.getLogger(__name__)


def members_text(members: tuple[OperatorMember, ...]) -> str:
    """The members as one text, as render_operators' class shape computes it in the catalog."""
    return ";".join(sorted(f"{kind} {number} {definition}" for kind, number, _, _, definition in members))


def class_shape(operator_class: OperatorClass) -> str:
    """What makes an operator class need recreating (PostgreSQL cannot alter one's members)."""
    return (f"{operator_class.type}|{str(operator_class.default).lower()}|{operator_class.family}|"
            f"{operator_class.storage or ''}|{members_text(operator_class.members)}")


def own_family(operator_class: OperatorClass) -> bool:
    """Whether the class is in the family CREATE OPERATOR CLASS made for it (same schema and name)."""
    return operator_class.family == f"{operator_class.schema}.{operator_class.name}"


def diff_operator_families(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.operator_families, ctx.desired.operator_families
    for key in added(live, desired):
        family = desired[key]
        yield CreateOperatorFamily(family)      # with its members
        if family.comment:
            yield SetComment(key, family.comment)
    for key in removed(live, desired):
        yield DropOperatorFamily(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        add = tuple(m for m in new.members if m not in old.members)
        drop = tuple(m for m in old.members if m not in new.members)
        if add or drop:
            yield AlterOperatorFamily(new, add=add, drop=drop)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def diff_operator_classes(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.operator_classes, ctx.desired.operator_classes
    for key in added(live, desired):
        log.debug("Detected added operator class %s", key)
        yield CreateOperatorClass(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropOperatorClass(live[key], with_family=own_family(live[key]))
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if class_shape(old) != class_shape(new):
            # the indexes and exclusion constraints using it are dropped first and built again (dependents.py)
            # a class in its own family goes with the family: the loose members it holds are the class's
            yield replacing(DropOperatorClass(old, when=(DefinitionDiffers(key, class_shape(new)),),
                                              with_family=own_family(old)))
            yield replacing(CreateOperatorClass(new))
            if new.comment:
                yield SetComment(key, new.comment)
        elif old.comment != new.comment:
            yield SetComment(key, new.comment)
