"""Rules (``CREATE RULE``) in the spec: a table's or view's ``rules:`` key, checked at load
(each command is parsed with pglast and must be one INSERT, UPDATE, DELETE, SELECT or
NOTIFY), and their DDL. A view's ``_RETURN`` rule is the view itself, never a rule here."""

from __future__ import annotations

import json
from dataclasses import dataclass

from pglast import parser
from pglast.parser import ParseError
from psycopg import sql

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec import sqlcheck
from pgdecl.spec.fields import Boolean, Choice, Either, Field, ListOf, Mapped, Record, RecordSite, Site, Text
from pgdecl.spec.trusted import trusted_sql

NOWHERE = SourceMark("", 0, 0)

# the statement kinds a rule's action may be, by pglast's parse node
_ACTIONS = {"InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE", "SelectStmt": "SELECT",
            "NotifyStmt": "NOTIFY"}


@dataclass(frozen=True)
class RuleSpec:
    name: str
    event: str = ""                      # insert | update | delete
    do: tuple[str, ...] = ()             # the commands; () = DO NOTHING
    instead: bool = False                # DO INSTEAD (else DO ALSO)
    where: str | None = None
    comment: str | None = None
    origin: SourceMark = NOWHERE


def action(text: str, site: Site | None = None) -> str:
    """``text`` if it is exactly one INSERT, UPDATE, DELETE, SELECT or NOTIFY statement."""
    text = text.strip().rstrip(";").rstrip()
    try:
        statements = json.loads(parser.parse_sql_json(text)).get("stmts", [])
    except ParseError as exc:
        raise ValueError(f"not an SQL command: {exc.args[0] if exc.args else exc}: {text!r}") from None
    if len(statements) != 1:
        raise ValueError(f"one command per list item (a rule's commands are a list): {text!r}")
    ((kind, _),) = statements[0]["stmt"].items()
    if kind not in _ACTIONS:
        raise ValueError(f"a rule runs INSERT, UPDATE, DELETE, SELECT or NOTIFY commands, not this: {text!r}")
    return text


def _do(value: object, site: Site) -> tuple[str, ...]:
    if isinstance(value, str):
        return () if value.strip().lower() == "nothing" else (action(value),)
    return tuple(value)  # type: ignore[arg-type]


def _check(rule: RuleSpec, at: RecordSite) -> None:
    if rule.name == "_RETURN":
        at.fail("_RETURN is a view's own rule: write the view")


RULE = Record(RuleSpec, {
    "event": Field(Choice("event (ON SELECT rules are views: write a view)", ("insert", "update", "delete")),
                   required=True),
    "do": Field(Either(scalar=Mapped(Text("nothing or a command"), _do),
                       sequence=ListOf(Mapped(Text("a command"), lambda text, site: action(text))),
                       expected="nothing, a command or a list of commands"), required=True),
    "instead": Field(Boolean()),
    "where": Field(Mapped(Text("an SQL expression"), lambda text, site: sqlcheck.expression(text))),
    "comment": Field(Text(allow_empty=True)),
}, _check)


def create_rule(schema: str, table: str, rule: RuleSpec) -> sql.Composable:
    if not rule.do:
        commands: sql.Composable = sql.SQL("NOTHING")
    elif len(rule.do) == 1:
        commands = trusted_sql(rule.do[0])
    else:
        commands = sql.SQL("({})").format(sql.SQL("; ").join(trusted_sql(c) for c in rule.do))
    where = sql.SQL(" WHERE {}").format(trusted_sql(rule.where)) if rule.where is not None else sql.SQL("")
    return sql.SQL("CREATE RULE {} AS ON {} TO {}{} DO {} {}").format(
        sql.Identifier(rule.name), sql.SQL(rule.event.upper()), sql.Identifier(schema, table), where,
        sql.SQL("INSTEAD" if rule.instead else "ALSO"), commands)


def rule_key(schema: str, table: str, rule: RuleSpec) -> ObjectKey:
    return ObjectKey("rule", schema, rule.name, table)
