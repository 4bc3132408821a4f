"""Comparator for user-defined aggregates."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace

from pgdecl.catalog.model import Aggregate
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import CreateAggregate, DefinitionDiffers, DropAggregate, Op, SetComment, replacing

log = logging.getLogger(__name__)


def aggregate_signature(aggregate: Aggregate) -> str:
    """What CREATE OR REPLACE AGGREGATE cannot change besides the arguments (the key): the
    kind (normal, ordered-set, hypothetical) and the result type. As render._DEFINITION
    computes it in the catalog."""
    return f"{aggregate.kind}|{aggregate.result}"


def diff_aggregates(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.aggregates, ctx.desired.aggregates
    for key in added(live, desired):
        log.debug("Detected added aggregate %s", key)
        yield CreateAggregate(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropAggregate(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if _definition(old) != _definition(new):
            if aggregate_signature(old) == aggregate_signature(new):
                yield CreateAggregate(new, old)
            else:
                # the views that call it are dropped first and created again (dependents.py)
                yield replacing(DropAggregate(old, when=(DefinitionDiffers(key, aggregate_signature(new)),)))
                yield replacing(CreateAggregate(new))
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _definition(aggregate: Aggregate) -> Aggregate:
    """Everything but the comment (a comment change is COMMENT ON, never a replacement)."""
    return replace(aggregate, comment=None)
