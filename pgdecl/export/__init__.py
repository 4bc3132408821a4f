"""export: the live schema of a database written back as a spec in the format users write.

One module per object kind, each a set of functions taking an :class:`ExportContext`
(the catalog, what export reads besides it, the warnings so far), like ``diff/``:
``types`` (types, sequences), ``routines`` (functions, aggregates), ``tables`` (columns,
constraints, policies, triggers), ``indexes``, ``views``, ``grants`` (privileges and
default privileges). This module reads the database and assembles the document.
"""

from __future__ import annotations

from pgdecl.catalog.introspect import introspect
from pgdecl.catalog.model import Catalog, ObjectKey
from pgdecl.errors import PgdeclError
from pgdecl.export.collations import collations
from pgdecl.export.context import ExportContext, Unexpressible, quote_name
from pgdecl.export.document import Document, Export, dump_yaml
from pgdecl.export.grants import default_privileges, grants
from pgdecl.export.casts import casts
from pgdecl.export.events import event_triggers
from pgdecl.export.indexes import index_body
from pgdecl.export.platform import PROJECT_OBJECTS_IN, platform_objects
from pgdecl.export.publications import publications
from pgdecl.export.rules import rules_of
from pgdecl.export.reader import SUPABASE_PLATFORM_SCHEMAS, Extras, all_schemas, connect, read_extras
from pgdecl.export.foreign import foreign_data_wrapper, foreign_table, server, user_mapping
from pgdecl.export.operators import operator, operator_class, operator_family
from pgdecl.export.routines import aggregate, function
from pgdecl.export.text_search import text_search_configurations, text_search_dictionaries
from pgdecl.export.tables import column_shorthand, constraint_body, table
from pgdecl.export.types import ordered_types, sequence, user_type
from pgdecl.export.views import ordered_views, view

__all__ = [
    "SUPABASE_PLATFORM_SCHEMAS", "Document", "Export", "Unexpressible", "column_shorthand", "constraint_body",
    "dump_yaml", "export_catalog", "export_database", "index_body", "quote_name",
]


# what export does not use of the catalog: the order it writes types and views in is read
# apart (reader.Extras.order), a ninth of the dependencies and of their time
_NOT_READ = frozenset({"dependencies", "cast_paths"})


def export_database(dsn: str, schemas: tuple[str, ...] = ()) -> Export:
    """Read the database behind ``dsn`` and turn it into a spec document.

    Without ``schemas`` every non-system schema is exported, except the platform
    schemas of a Supabase project (auth, storage, extensions, ...): of auth and storage,
    the project's own policies, triggers and functions are, as ``managed: false`` schemas
    (export/platform.py).
    """
    with connect(dsn) as conn:
        supabase = conn.execute("SELECT to_regclass('auth.users') IS NOT NULL "
                                "AND to_regclass('storage.objects') IS NOT NULL").fetchone()[0]  # type: ignore[index]
        platform: list[str] = []
        if schemas:
            chosen = sorted(set(schemas))
        else:
            present = all_schemas(conn)
            chosen = [s for s in present if not (supabase and s in SUPABASE_PLATFORM_SCHEMAS)]
            platform = [s for s in PROJECT_OBJECTS_IN if supabase and s in present]
        catalog = introspect(conn, chosen, skip=_NOT_READ)
        missing = sorted(set(chosen) - {key.name for key in catalog.schemas})
        if missing:
            raise PgdeclError(f"no such schema: {', '.join(missing)}")
        extras = read_extras(conn, chosen)
        # the project's own policies, triggers and functions in Supabase's auth and storage
        own = platform_objects(introspect(conn, platform, skip=_NOT_READ), read_extras(conn, platform)) \
            if platform else ({}, [])
    exported = export_catalog(catalog, extras)
    if own[0]:
        exported.document["schemas"].update(own[0])
        exported.warnings.extend(own[1])
    return exported


def export_catalog(catalog: Catalog, extras: Extras) -> Export:
    """The spec document of ``catalog``, with a warning for everything it cannot express."""
    ctx = ExportContext(catalog, extras)
    document: Document = {"version": 1}
    if extras.supabase:
        document["preset"] = "supabase"
    extensions = {}
    for ext in sorted(catalog.extensions.values(), key=lambda e: e.name):
        extensions[ext.name] = {"schema": ext.schema, "version": ext.version}
    if extensions:
        document["extensions"] = extensions
    wrappers = {w.name: foreign_data_wrapper(ctx, w)
                for w in sorted(catalog.foreign_data_wrappers.values(), key=lambda w: w.name)}
    if wrappers:
        document["foreign_data_wrappers"] = wrappers
    servers = {s.name: server(ctx, s) for s in sorted(catalog.servers.values(), key=lambda s: s.name)}
    if servers:
        document["servers"] = servers
    mappings = {m.key.name: user_mapping(ctx, m) for m in sorted(catalog.user_mappings.values(), key=lambda m: m.key)
                if m.server in servers}
    if mappings:
        document["user_mappings"] = mappings
    defaults = default_privileges(ctx, "")
    if defaults:
        document["default_privileges"] = defaults
    schemas: Document = {}
    for key in sorted(catalog.schemas):
        schemas[key.name] = _schema(ctx, key.name)
    document["schemas"] = schemas
    published = publications(ctx)
    if published:
        document["publications"] = published
    events = event_triggers(ctx)
    if events:
        document["event_triggers"] = events
    found_casts = casts(ctx)
    if found_casts:
        document["casts"] = found_casts
    for unmanaged in catalog.unmanaged:
        if unmanaged.kind == "publication membership" and \
                unmanaged.name.rpartition(" in publication ")[2] in published:
            continue        # exported with its publication
        if unmanaged.kind == "event trigger" and unmanaged.name in events:
            continue
        ctx.warn(f"{unmanaged.describe()}: not managed by pgdecl, not exported")
    return Export(document, tuple(schemas), ctx.warnings)


def _schema(ctx: ExportContext, name: str) -> Document | None:
    schema = ctx.catalog.schemas[ObjectKey("schema", name, name)]
    body: Document = {}
    if schema.comment is not None:
        body["comment"] = schema.comment
    if ctx.grantees:
        body["grantees"] = sorted(ctx.grantees)
    grants(ctx, body, schema.key, "schema")
    in_schema = lambda objects: sorted((o for o in objects.values() if o.schema == name),  # noqa: E731
                                       key=lambda o: o.key)
    types = {t.name: user_type(ctx, t) for t in ordered_types(ctx, name)}
    sequences = {s.name: sequence(ctx, s) or {} for s in in_schema(ctx.catalog.sequences)}
    functions = {}
    for fn in in_schema(ctx.catalog.functions):
        entry = function(ctx, fn)
        if entry is not None:
            functions[entry[0]] = entry[1]
    aggregates = dict(aggregate(ctx, agg) for agg in in_schema(ctx.catalog.aggregates))
    operators = dict(operator(ctx, op) for op in in_schema(ctx.catalog.operators))
    families = dict(operator_family(ctx, f) for f in in_schema(ctx.catalog.operator_families))
    classes = dict(operator_class(ctx, c) for c in in_schema(ctx.catalog.operator_classes))
    foreign_tables = {t.name: foreign_table(ctx, t) for t in in_schema(ctx.catalog.foreign_tables)}
    tables = {t.name: table(ctx, t) for t in in_schema(ctx.catalog.tables)}
    views = {v.name: view(ctx, v) for v in ordered_views(ctx, name)}
    for relations in (tables, views):
        for relation, entry in relations.items():
            found = rules_of(ctx, name, relation)
            if found:
                entry["rules"] = found
    for key, value in (("default_privileges", default_privileges(ctx, name)),
                       ("collations", collations(ctx, name)),
                       ("text_search_dictionaries", text_search_dictionaries(ctx, name)),
                       ("text_search_configurations", text_search_configurations(ctx, name)), ("types", types),
                       ("sequences", sequences), ("functions", functions), ("aggregates", aggregates),
                       ("operators", operators), ("operator_families", families), ("operator_classes", classes),
                       ("foreign_tables", foreign_tables), ("tables", tables), ("views", views)):
        if value:
            body[key] = value
    return body or None
