"""SQL text of the operations on statistics objects, each safe to run again.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import Statistics
from pgdecl.diff.statistics import CreateStatistics, DropStatistics, SetStatisticsTarget
from pgdecl.render import _guard_raw, ident, render, trusted_sql
from pgdecl.spec.trusted import number

_PREFIX = "CREATE STATISTICS "


def _name(statistics: Statistics) -> sql.Identifier:
    return ident(statistics.schema, statistics.name)


@render.register
def _(op: CreateStatistics) -> list[sql.Composable]:
    definition = op.statistics.definition
    if not definition.startswith(_PREFIX):
        raise ValueError(f"unexpected statistics definition {definition!r}")
    return [sql.SQL("CREATE STATISTICS IF NOT EXISTS {}").format(trusted_sql(definition[len(_PREFIX):]))]


@render.register
def _(op: DropStatistics) -> list[sql.Composable]:
    if op.desired is None:
        return [sql.SQL("DROP STATISTICS IF EXISTS {}").format(_name(op.statistics))]
    stale = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_statistic_ext x JOIN pg_catalog.pg_namespace n "
                    "ON n.oid = x.stxnamespace WHERE n.nspname = {} AND x.stxname = {} "
                    "AND pg_catalog.pg_get_statisticsobjdef(x.oid) <> {})").format(
        sql.Literal(op.statistics.schema), sql.Literal(op.statistics.name), sql.Literal(op.desired.definition))
    return [_guard_raw(stale, sql.SQL("DROP STATISTICS {}").format(_name(op.statistics)))]


@render.register
def _(op: SetStatisticsTarget) -> list[sql.Composable]:
    target = op.statistics.target
    return [sql.SQL("ALTER STATISTICS {} SET STATISTICS {}").format(
        _name(op.statistics), number(-1 if target is None else target))]
