"""Export of event triggers (database-wide): those whose function is in an exported schema
(the spec that builds the function can build the trigger). Others (a platform's, with its
function elsewhere) are not the spec's to write."""

from __future__ import annotations

from pgdecl.catalog.model import EventTrigger
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document
from pgdecl.spec.names import parse_call

def event_triggers(ctx: ExportContext) -> Document:
    exported = {key.name for key in ctx.catalog.schemas}
    result: Document = {}
    for trigger in sorted(ctx.catalog.event_triggers.values(), key=lambda t: t.name):
        parts = parse_call(trigger.function).parts
        if len(parts) == 2 and parts[0] in exported:
            result[trigger.name] = _event_trigger(trigger)
    return result


def _event_trigger(trigger: EventTrigger) -> Document:
    body: Document = {"event": trigger.event, "function": f"{trigger.function}()"}
    if trigger.tags:
        body["tags"] = list(trigger.tags)
    if trigger.enabled != "O":
        from pgdecl.spec.events import ENABLED

        body["enabled"] = next(word for word, code in ENABLED.items() if code == trigger.enabled)
    if trigger.comment is not None:
        body["comment"] = trigger.comment
    return body
