"""Statistics objects (CREATE STATISTICS), under their table."""

from __future__ import annotations

from pgdecl.catalog.model import Statistics
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document

_ALL_KINDS = ("dependencies", "mcv", "ndistinct")


def statistics_of(ctx: ExportContext, schema: str, table: str) -> Document:
    """The statistics objects on ``schema.table`` by name."""
    found: Document = {}
    for statistics in sorted(ctx.catalog.statistics.values(), key=lambda s: s.name):
        if (statistics.schema, statistics.table) == (schema, table):
            found[statistics.name] = _statistics(statistics)
    return found


def _statistics(statistics: Statistics) -> Document:
    body: Document = {}
    if statistics.columns:
        body["columns"] = list(statistics.columns)
    if statistics.expressions:
        body["expressions"] = list(statistics.expressions)
    # all kinds: none listed (a single expression builds none of them)
    if statistics.kinds and tuple(sorted(statistics.kinds)) != _ALL_KINDS:
        body["kinds"] = list(statistics.kinds)
    if statistics.target is not None:
        body["target"] = statistics.target
    if statistics.comment is not None:
        body["comment"] = statistics.comment
    return body
