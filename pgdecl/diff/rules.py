"""Rules on tables and views: comparator (operations in ops.py, like policies and triggers:
dependents.py drops and recreates a rule over a changed column or a replaced view).
A changed rule is replaced in place (CREATE OR REPLACE RULE)."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.diff.context import DiffContext, added, common, removed
from pgdecl.diff.indexes import _gone_relation
from pgdecl.diff.ops import CreateRule, DropRule, Op, SetComment


def diff_rules(ctx: DiffContext) -> Iterator[Op]:
    live, desired = ctx.live.rules, ctx.desired.rules
    for key in added(live, desired):
        yield CreateRule(desired[key])
        if desired[key].comment:
            yield SetComment(key, desired[key].comment)
    for key in removed(live, desired):
        rule = live[key]
        if not _gone_relation(ctx, rule.schema, rule.table):
            yield DropRule(rule)
    for key in common(live, desired):
        old, new = live[key], desired[key]
        if old.definition != new.definition:
            yield CreateRule(new)
        if old.comment != new.comment:
            yield SetComment(key, new.comment)
