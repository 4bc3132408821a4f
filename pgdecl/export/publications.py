"""Export of publications (database-wide): each one that publishes a table of an exported
schema, publishes every table, or publishes nothing yet, with exactly the spec keys that
rebuild it. A publication's table list in the spec is exact: a table of a schema that is
not exported cannot be listed (the spec does not build it), and is named in a warning."""

from __future__ import annotations

from pgdecl.catalog.model import PUBLISH_ACTIONS, Publication
from pgdecl.export.context import ExportContext, quote_name
from pgdecl.export.document import Document


def publications(ctx: ExportContext) -> Document:
    exported = {key.name for key in ctx.catalog.schemas}
    result: Document = {}
    for publication in sorted(ctx.catalog.publications.values(), key=lambda p: p.name):
        body = _publication(ctx, publication, exported)
        if body is not False:
            result[publication.name] = body
    return result


def _publication(ctx: ExportContext, publication: Publication, exported: set[str]) -> Document | None | bool:
    """The spec entry (None: an empty publication with every default), or False: not exported."""
    inside = [t for t in publication.tables if t.schema in exported]
    outside = [f"{t.schema}.{t.name}" for t in publication.tables if t.schema not in exported]
    schemas_in = [s for s in publication.schemas if s in exported]
    schemas_out = [s for s in publication.schemas if s not in exported]
    if (outside or schemas_out) and not (inside or schemas_in):
        ctx.warn(f"publication {publication.name} publishes only tables of schemas that are not exported "
                 f"({', '.join(outside + [f'tables in schema {s}' for s in schemas_out])}): not exported")
        return False
    if outside or schemas_out:
        ctx.warn(f"publication {publication.name}: {', '.join(outside + [f'tables in schema {s}' for s in schemas_out])} "
                 "not exported (their schemas are not): a plan of this spec takes them out of the publication")
    body: Document = {}
    if publication.all_tables:
        body["all_tables"] = True
    tables: Document = {}
    for table in inside:
        entry: Document = {}
        if table.columns is not None:
            entry["columns"] = [quote_name(c) for c in table.columns]
        if table.where is not None:
            entry["where"] = table.where
        tables[f"{quote_name(table.schema)}.{quote_name(table.name)}"] = entry or None
    if tables:
        body["tables"] = tables
    if schemas_in:
        body["tables_in_schema"] = schemas_in
    if publication.publish != PUBLISH_ACTIONS:
        body["publish"] = list(publication.publish)
    if publication.via_root:
        body["publish_via_partition_root"] = True
    if publication.comment is not None:
        body["comment"] = publication.comment
    return body or None

