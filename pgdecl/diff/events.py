"""Event triggers (database-wide): operations and comparator.

Only the event triggers the spec names are compared; ``absent: true`` drops one. The
event, tags and function cannot be altered: a change drops and creates the trigger
again; the enabled state is altered in place. In a plan, event triggers are dropped
first and created last (plan._RANK), so that a new one does not fire on the plan's own
DDL, nor an old one (steps run after the transaction, CONCURRENTLY and VALIDATE, come
later still: a trigger on ddl_command_* fires on them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pgdecl.catalog.model import EventTrigger, ObjectKey, UnmanagedObject
from pgdecl.diff.context import DiffContext
from pgdecl.diff.ops import Op, SetComment, replacing


@dataclass(frozen=True, slots=True)
class CreateEventTrigger(Op):
    trigger: EventTrigger
    action = "create"

    @property
    def key(self) -> ObjectKey:
        return self.trigger.key

    def own_hazards(self) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True, slots=True)
class DropEventTrigger(Op):
    trigger: EventTrigger
    action = "drop"

    @property
    def key(self) -> ObjectKey:
        return self.trigger.key

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.replace:
            return []
        return [("security", f"event trigger {self.trigger.name} dropped: {self.trigger.function}() no longer runs "
                             f"on {self.trigger.event} (what it enforced on DDL stops)")]


@dataclass(frozen=True, slots=True)
class AlterEventTriggerEnabled(Op):
    trigger: EventTrigger            # as desired
    old: EventTrigger

    @property
    def key(self) -> ObjectKey:
        return self.trigger.key

    def describe(self) -> str:
        return f"alter enabled state of {self.key}"

    def own_hazards(self) -> list[tuple[str, str]]:
        if self.trigger.enabled == "D":
            return [("security", f"event trigger {self.trigger.name} disabled: {self.trigger.function}() no longer "
                                 f"runs on {self.trigger.event}")]
        return []


def diff_event_triggers(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.event_triggers, ctx.desired.event_triggers
    for key in sorted(ctx.desired.absent & live.keys()):
        yield DropEventTrigger(live[key])
    for key, want in sorted(desired.items()):
        have = live.get(key)
        if have is not None and (have.event, have.tags, have.function) != (want.event, want.tags, want.function):
            yield replacing(DropEventTrigger(have))
            have = None
        if have is None:
            yield CreateEventTrigger(want)
            if want.comment is not None:
                yield SetComment(key, want.comment)
            continue
        if have.enabled != want.enabled:
            yield AlterEventTriggerEnabled(want, have)
        if have.comment != want.comment:
            yield SetComment(key, want.comment)


def unmanaged_event_triggers(unmanaged: tuple[UnmanagedObject, ...],
                             managed: set[str] | frozenset[str]) -> tuple[UnmanagedObject, ...]:
    """``unmanaged`` without the event triggers the spec names (``managed``)."""
    return tuple(u for u in unmanaged if not (u.kind == "event trigger" and u.name in managed))
