"""Event triggers in the spec: the top-level ``event_triggers:`` key, and their DDL.

An event trigger belongs to the database (no schema) and runs its function on DDL. The
spec manages the event triggers it names and no other; ``absent: true`` drops one.
In the scratch database they are created last, after the functions' real definitions
(phase EVENT_TRIGGERS): no DDL of the spec runs once they exist, so spec code never runs
while planning (CREATE / ALTER / COMMENT ON EVENT TRIGGER fire no event trigger).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from psycopg import sql

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.fields import Boolean, Choice, Field, ListOf, Mapped, NamedMap, Record, RecordSite, Site, Text
from pgdecl.spec.names import Call, parse_call

NOWHERE = SourceMark("", 0, 0)

EVENTS = ("ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite", "login")
# ALTER EVENT TRIGGER … ENABLE [REPLICA | ALWAYS] | DISABLE, by pg_event_trigger.evtenabled
ENABLED = {"origin": "O", "replica": "R", "always": "A", "disabled": "D"}
ENABLE_SQL = {"O": "ENABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS", "D": "DISABLE"}


@dataclass(frozen=True)
class EventTriggerSpec:
    name: str
    event: str = ""
    function: Call | None = None        # [schema.]name() (no arguments)
    tags: tuple[str, ...] = ()          # WHEN TAG IN (…): command tags, e.g. CREATE TABLE
    enabled: str = "origin"             # origin | replica | always | disabled
    comment: str | None = None
    absent: bool = False
    origin: SourceMark = NOWHERE

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("event trigger", "", self.name)


def _function(text: str, site: Site) -> Call:
    call = parse_call(text)
    if call.inner is None or call.inner.strip() or len(call.parts) != 2:
        raise ValueError(f"expected schema.function() (an event trigger function takes no arguments), got {text!r}")
    return call


def _tag(text: str, site: Site) -> str:
    tag = " ".join(text.upper().split())
    if not tag.replace(" ", "").isalpha():
        raise ValueError(f"expected a command tag such as 'CREATE TABLE', got {text!r}")
    return tag


def _check(trigger: EventTriggerSpec, at: RecordSite) -> None:
    if trigger.absent:
        for key in at.nodes:
            if key != "absent":
                at.fail("absent: true says the event trigger must not exist; it takes no other key", key)
        return
    for key in ("event", "function"):
        if key not in at.nodes:
            at.fail(f"missing required key {key!r}")
    if trigger.tags and trigger.event not in ("ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite"):
        at.fail(f"tags do not apply to the {trigger.event} event", "tags")
    if len(set(trigger.tags)) != len(trigger.tags):
        at.fail("a tag is listed twice", "tags")


EVENT_TRIGGER = Record(EventTriggerSpec, {
    "event": Field(Choice("event", EVENTS)),
    "function": Field(Mapped(Text("a function"), _function)),
    "tags": Field(ListOf(Mapped(Text("a command tag"), _tag), single=True)),
    "enabled": Field(Choice("enabled state", tuple(ENABLED))),
    "comment": Field(Text(allow_empty=True)),
    "absent": Field(Boolean()),
}, _check)

EVENT_TRIGGERS = Field(NamedMap(EVENT_TRIGGER, "event trigger"))


def version_problem(triggers: dict[str, EventTriggerSpec], server_version: int) -> str | None:
    """The login event needs PostgreSQL 17."""
    if server_version >= 170000:
        return None
    for trigger in triggers.values():
        if trigger.event == "login":
            return (f"{trigger.origin}: event trigger {trigger.name}: the login event needs PostgreSQL 17 or later "
                    f"(the server is PostgreSQL {server_version // 10000})")
    return None


def create_event_trigger(name: str, event: str, tags: tuple[str, ...], function: sql.Composable) -> sql.Composable:
    when = sql.SQL(" WHEN TAG IN ({})").format(sql.SQL(", ").join(map(sql.Literal, tags))) if tags else sql.SQL("")
    return sql.SQL("CREATE EVENT TRIGGER {} ON {}{} EXECUTE FUNCTION {}()").format(
        sql.Identifier(name), sql.SQL(event), when, function)     # event: one of EVENTS


def event_trigger_ddl(triggers: dict[str, EventTriggerSpec], phase: int) -> Iterator[tuple[sql.Composable, ObjectKey,
                                                                                         SourceMark, int, str]]:
    for trigger in triggers.values():
        if trigger.absent or trigger.function is None:
            continue
        what = f"event trigger {trigger.name}"
        name = sql.Identifier(trigger.name)
        function = sql.Identifier(*trigger.function.parts)
        yield create_event_trigger(trigger.name, trigger.event, trigger.tags, function), trigger.key, trigger.origin, \
            phase, what
        if trigger.enabled != "origin":
            yield sql.SQL("ALTER EVENT TRIGGER {} {}").format(name, sql.SQL(ENABLE_SQL[ENABLED[trigger.enabled]])), \
                trigger.key, trigger.origin, phase, what
        if trigger.comment is not None:
            yield sql.SQL("COMMENT ON EVENT TRIGGER {} IS {}").format(name, sql.Literal(trigger.comment)), \
                trigger.key, trigger.origin, phase, f"comment on {what}"
