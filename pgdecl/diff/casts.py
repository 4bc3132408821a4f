"""Casts that involve a managed schema's types or functions: operations and comparator.
A cast cannot be altered: a change drops and creates it again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import Cast, ObjectKey
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import Op, SetComment, replacing


@dataclass(frozen=True, slots=True)
class CreateCast(Op):
    cast: Cast
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.cast.key

    @property
    def needs_keys(self) -> tuple[ObjectKey, ...]:
        """Created (or changed) before this step: its function and types."""
        return self.cast.uses

    def own_hazards(self) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True, slots=True)
class DropCast(Op):
    cast: Cast
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.cast.key

    @property
    def frees_keys(self) -> tuple[ObjectKey, ...]:
        """Dropped only after this step: its function and types."""
        return self.cast.uses

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.replace:
            return []
        return [("data_loss", f"cast {self.cast.key.name} dropped: expressions and queries that convert "
                              f"{self.cast.source} to {self.cast.target} fail")]


def diff_casts(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.casts, ctx.desired.casts
    for key in removed(live, desired):
        yield DropCast(live[key])
    for key in added(live, desired):
        yield CreateCast(desired[key])
        if desired[key].comment is not None:
            yield SetComment(key, desired[key].comment)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if (old.method, old.context, old.function) != (new.method, new.context, new.function):
            yield replacing(DropCast(old))
            yield replacing(CreateCast(new))
            if new.comment is not None:
                yield SetComment(key, new.comment)
        elif old.comment != new.comment:
            yield SetComment(key, new.comment)
