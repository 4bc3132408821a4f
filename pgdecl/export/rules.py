"""Export of rules (on tables and views): pg_get_ruledef parsed with pglast back into the
spec's keys (event, where, instead, do)."""

from __future__ import annotations

from pgdecl.catalog.model import Rule
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document

# pglast's CmdType numbers of a rule's event
_EVENTS = {1: "select", 2: "update", 3: "insert", 4: "delete"}


def rules_of(ctx: ExportContext, schema: str, relation: str) -> Document:
    result: Document = {}
    for rule in sorted((r for r in ctx.catalog.rules.values() if (r.schema, r.table) == (schema, relation)),
                       key=lambda r: r.name):
        body = _rule(ctx, rule)
        if body is not None:
            result[rule.name] = body
    return result


def _rule(ctx: ExportContext, rule: Rule) -> Document | None:
    from pglast import parse_sql            # imported for the first rule: 0.03 s
    from pglast.stream import RawStream

    from pgdecl.sqlformat import install_cast_printer

    install_cast_printer()      # casts as PostgreSQL writes them, whatever printed SQL before
    try:
        statement = parse_sql(rule.definition)[0].stmt
        event = _EVENTS[int(statement.event)]
        stream = RawStream()
        body: Document = {"event": event}
        if statement.whereClause is not None:
            body["where"] = stream(statement.whereClause)
        if statement.instead:
            body["instead"] = True
        actions = [RawStream()(action) for action in statement.actions or ()]
        body["do"] = "nothing" if not actions else actions[0] if len(actions) == 1 else actions
    except Exception as exc:  # noqa: BLE001 - any parse or deparse failure is reported, never a wrong rule
        ctx.warn(f"{rule.key}: cannot be exported ({type(exc).__name__}: {exc})")
        return None
    if event == "select":
        ctx.warn(f"{rule.key}: an ON SELECT rule other than a view's is not exported")
        return None
    if rule.enabled != "O":
        ctx.warn(f"{rule.key}: ENABLE/DISABLE state {rule.enabled!r} is not exported (not managed)")
    if rule.comment is not None:
        body["comment"] = rule.comment
    return body
