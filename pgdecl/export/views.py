"""Views and materialized views."""

from __future__ import annotations

from pgdecl.catalog.model import View
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document
from pgdecl.export.grants import grants
from pgdecl.export.indexes import indexes


def ordered_views(ctx: ExportContext, schema: str) -> list[View]:
    """Views of ``schema`` with every view after the views it reads (ties by name)."""
    return ctx.dependency_order({key: view for key, view in ctx.catalog.views.items() if view.schema == schema})


def view(ctx: ExportContext, view: View) -> Document:
    body: Document = {}
    if view.materialized:
        body["materialized"] = True
        relation = ctx.extras.relations.get((view.schema, view.name), {})
        if relation and not relation.get("populated", True):
            body["with_data"] = False
    options = dict(view.options)
    for option in ("security_invoker", "security_barrier"):
        if option in options:
            body[option] = options.pop(option) == "true"
    if options:
        ctx.warn(f"{view.key}: view options {sorted(options)} are not exported")
    if view.check_option:
        body["check_option"] = view.check_option
    body["query"] = view.definition.strip().rstrip(";")
    found = indexes(ctx, view.schema, view.name) if view.materialized else {}
    if found:
        body["indexes"] = found
    grants(ctx, body, view.key, "table")
    if view.comment is not None:
        body["comment"] = view.comment
    if view.column_comments:
        body["column_comments"] = dict(view.column_comments)
    return body
