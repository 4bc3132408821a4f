"""Comparator for user-defined operators."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from pgdecl.catalog.model import ObjectKey, Operator, operator_signature
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import (
    AlterOperator, CreateOperator, DefinitionDiffers, DropOperator, Op, SetComment, replacing,
)

log = logging.getLogger(__name__)

# ALTER OPERATOR … SET can change these on every supported version
_ALWAYS_ALTERABLE = ("restrict", "join")
# PostgreSQL 17 can also set these once (not change or unset them)
_SET_ONCE = ("commutator", "negator", "hashes", "merges")
_SET_ONCE_SINCE = 170000


def operator_shape(operator: Operator) -> str:
    """What ALTER OPERATOR cannot change in place (besides the key): as render._DEFINITION
    computes it in the catalog."""
    return (f"{operator.function}|{operator.commutator or ''}|{operator.negator or ''}|"
            f"{str(operator.hashes).lower()}|{str(operator.merges).lower()}")


def diff_operators(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.operators, ctx.desired.operators
    # (operator, commutator | negator) links another step sets already: CREATE OPERATOR A
    # (COMMUTATOR = B) and ALTER OPERATOR A SET (COMMUTATOR = B) link B back to A
    linked: set[tuple[ObjectKey, str]] = set()
    for key in added(live, desired):
        log.debug("Detected added operator %s", key)
        yield CreateOperator(desired[key])
        _mark_partners(ctx, desired[key], ("commutator", "negator"), linked)
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropOperator(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        changed = [name for name in ("function", *_ALWAYS_ALTERABLE, *_SET_ONCE)
                   if getattr(old, name) != getattr(new, name) and (key, name) not in linked]
        if not changed:
            if old.comment != new.comment:
                yield SetComment(key, new.comment)
            continue
        if all(_alterable(ctx, name, old) for name in changed):
            yield AlterOperator(new, tuple(changed))
            _mark_partners(ctx, new, changed, linked)
            if old.comment != new.comment:
                yield SetComment(key, new.comment)
            continue
        # the views, policies and triggers using it are dropped first and created again (dependents.py)
        yield replacing(DropOperator(old, when=(DefinitionDiffers(key, operator_shape(new)),)))
        yield replacing(CreateOperator(new))
        _mark_partners(ctx, new, ("commutator", "negator"), linked)
        if new.comment:
            yield SetComment(key, new.comment)


def _mark_partners(ctx: DiffContext, operator: Operator, attributes: Iterable[str],
                   linked: set[tuple[ObjectKey, str]]) -> None:
    """Record the links back that setting ``attributes`` of ``operator`` makes: a partner
    that has no such link yet and should name this operator needs no step of its own."""
    for attribute in attributes:
        partner = _partner_key(operator, attribute) if attribute in ("commutator", "negator") else None
        if partner is None or partner == operator.key:
            continue
        partner_old, partner_new = ctx.live.operators.get(partner), ctx.desired.operators.get(partner)
        if partner_old is not None and partner_new is not None and getattr(partner_old, attribute) is None \
                and getattr(partner_new, attribute) == f"{operator.schema}.{operator.name}":
            linked.add((partner, attribute))


def _alterable(ctx: DiffContext, name: str, old: Operator) -> bool:
    if name in _ALWAYS_ALTERABLE:
        return True
    return name in _SET_ONCE and ctx.server_version >= _SET_ONCE_SINCE and not getattr(old, name)


def _partner_key(operator: Operator, attribute: str) -> ObjectKey | None:
    """The key of the commutator (argument types swapped) or negator an operator names."""
    partner = getattr(operator, attribute)
    if partner is None or operator.left is None:
        return None
    schema, _, name = partner.partition(".")
    left, right = (operator.right, operator.left) if attribute == "commutator" else (operator.left, operator.right)
    return ObjectKey("operator", schema, operator_signature(name, left, right))

