"""Comparator for collations: created, dropped, or recreated when anything but the comment
differs (PostgreSQL has no ALTER COLLATION for its definition: only RENAME, OWNER, SCHEMA
and REFRESH VERSION)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import Collation, ObjectKey
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import Op, SetComment, replacing
from pgdecl.errors import PgdeclError

log = logging.getLogger(__name__)

# dependents a recreated collation takes along (dropped first under the same guard, created
# again afterwards: diff.dependents); anything else that uses it holds data or cannot be
# rebuilt from its definition alone (a column, a domain, a composite type, a function)
RECREATED_KINDS = ("view", "policy", "trigger", "aggregate", "index")


class UnsupportedCollationChange(PgdeclError):
    """A collation change PostgreSQL cannot make while columns or types use the collation."""


@dataclass(frozen=True, slots=True)
class CreateCollation(Op):
    collation: Collation
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.collation.key


@dataclass(frozen=True, slots=True)
class DropCollation(Op):
    collation: Collation
    desired: Collation | None = None   # a replacement: drop only while the live one is not this one
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.collation.key


def diff_collations(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.collations, ctx.desired.collations
    for key in added(live, desired):
        log.debug("Detected added collation %s", key)
        yield CreateCollation(desired[key])
        if desired[key].comment is not None:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        yield DropCollation(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.shape != new.shape:
            _check_users(ctx, old, new)
            yield replacing(DropCollation(old, new))
            yield replacing(CreateCollation(new))
            if new.comment is not None:
                yield SetComment(key, new.comment)
        elif old.comment != new.comment:
            yield SetComment(key, new.comment)


def _check_users(ctx: DiffContext, old: Collation, new: Collation) -> None:
    blockers = sorted(dependent for dependent in ctx.live.dependents_of(old.key)
                      if dependent.kind not in RECREATED_KINDS and ctx.desired.get(dependent) is not None)
    if not blockers:
        return
    where = f"{new.origin}: " if new.origin else ""
    raise UnsupportedCollationChange(
        f"{where}collation {old.schema}.{old.name}: changing it ({old.shape!r} → {new.shape!r}) means dropping and "
        f"creating it again, which PostgreSQL refuses while these use it: {', '.join(map(str, blockers))}. "
        f"Declare a collation under a new name and move the columns and types to it, then drop the old one")
