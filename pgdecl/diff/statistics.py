"""Comparator for extended statistics objects (CREATE STATISTICS): created, dropped,
recreated when the definition differs (ALTER STATISTICS changes only the target, the name,
the owner and the schema), their target set in place."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import ObjectKey, Statistics
from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.ops import Op, SetComment, replacing


@dataclass(frozen=True, slots=True)
class CreateStatistics(Op):
    statistics: Statistics
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.statistics.key


@dataclass(frozen=True, slots=True)
class DropStatistics(Op):
    statistics: Statistics
    desired: Statistics | None = None   # a replacement: drop only while the definition differs
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.statistics.key


@dataclass(frozen=True, slots=True)
class SetStatisticsTarget(Op):
    """ALTER STATISTICS … SET STATISTICS n (-1: back to the default)."""

    statistics: Statistics

    @property
    def key(self) -> ObjectKey:
        return self.statistics.key

    def describe(self) -> str:
        return f"set the statistics target of {self.key} to {self.statistics.target or 'the default'}"


def diff_statistics(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.statistics, ctx.desired.statistics
    for key in added(live, desired):
        yield from _create(desired[key])
    for key in removed(live, desired):
        yield DropStatistics(live[key])
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.definition != new.definition:
            yield replacing(DropStatistics(old, new))
            yield from (replacing(op) if isinstance(op, CreateStatistics) else op for op in _create(new))
            continue
        if old.target != new.target:
            yield SetStatisticsTarget(new)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)


def _create(statistics: Statistics) -> Iterator[Op]:
    yield CreateStatistics(statistics)
    if statistics.target is not None:
        yield SetStatisticsTarget(statistics)
    if statistics.comment is not None:
        yield SetComment(statistics.key, statistics.comment)
