"""Export of a Supabase project's own objects in the platform's schemas (``auth``, ``storage``),
written as ``managed: false`` schemas (spec/partial.py): what the project added there, and
nothing of the platform.

Which objects are the project's:

* every policy on a table of those schemas (Supabase's auth and storage ship none: RLS on
  storage.objects and storage.buckets is on, with no policy, until the project writes some);
* a function of those schemas that is not an extension member, is not owned by one of the
  platform's roles (``PLATFORM_OWNERS``: Supabase's own functions there belong to them),
  and is not one of the helpers the platform provides (``PLATFORM_FUNCTIONS``: the ones
  pgdecl's preset and the corpus stub create as the connecting role);
* a trigger on a table of those schemas whose function is the project's (a function in
  another schema, e.g. ``public.handle_new_user()``, or a project function found above).

Their privileges are not exported (those of a function the plan creates are PostgreSQL's
defaults).
"""

from __future__ import annotations

from pgdecl.catalog.model import Catalog
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document
from pgdecl.export.reader import Extras
from pgdecl.export.routines import function
from pgdecl.export.tables import _policy, _trigger
from pgdecl.spec.names import parse_call

# the platform schemas whose project objects are exported
PROJECT_OBJECTS_IN = ("auth", "storage")

PLATFORM_OWNERS = frozenset({
    "supabase_admin", "supabase_auth_admin", "supabase_storage_admin", "supabase_realtime_admin",
    "supabase_functions_admin", "supabase_replication_admin", "supabase_read_only_user", "authenticator",
})

# (schema, name) of the helpers Supabase provides (and pgdecl's preset / the corpus stub create)
PLATFORM_FUNCTIONS = frozenset({
    ("auth", "uid"), ("auth", "role"), ("auth", "email"), ("auth", "jwt"),
    ("storage", "foldername"), ("storage", "filename"), ("storage", "extension"), ("storage", "search"),
    ("storage", "get_size_by_bucket"), ("storage", "update_updated_at_column"),
})


def platform_objects(catalog: Catalog, extras: Extras) -> tuple[Document, list[str]]:
    """``{schema: {managed: false, functions, tables}}`` of the project's objects in ``catalog``
    (read from the platform schemas), and the warnings."""
    ctx = ExportContext(catalog, extras)
    own_functions = {(fn.schema, fn.name): fn for fn in catalog.functions.values()
                     if fn.kind in ("function", "procedure") and _projects(fn.schema, fn.name, extras, fn.identity_args)}
    result: Document = {}
    for schema in sorted(key.name for key in catalog.schemas):
        body: Document = {"managed": False}
        functions: Document = {}
        for (s, _), fn in sorted(own_functions.items()):
            if s == schema:
                entry = function(ctx, fn)
                if entry is not None:
                    entry[1].pop("grants", None)
                    functions[entry[0]] = entry[1]
        tables: Document = {}
        for table in sorted((t for t in catalog.tables.values() if t.schema == schema), key=lambda t: t.name):
            entry = {}
            policies = {p.name: _policy(p) for p in sorted(
                (p for p in catalog.policies.values() if (p.schema, p.table) == (schema, table.name)),
                key=lambda p: p.name)}
            triggers = {}
            for trigger in sorted((t for t in catalog.triggers.values() if (t.schema, t.table) == (schema, table.name)),
                                  key=lambda t: t.name):
                call = parse_call(trigger.definition.rsplit(" EXECUTE FUNCTION ", 1)[1])
                function_schema = call.parts[0] if len(call.parts) == 2 else schema
                if function_schema in PROJECT_OBJECTS_IN and (function_schema, call.parts[-1]) not in own_functions:
                    continue        # the platform's
                triggers[trigger.name] = _trigger(ctx, trigger, extras.triggers[(schema, table.name, trigger.name)])
            if policies:
                entry["policies"] = policies
            if triggers:
                entry["triggers"] = triggers
            if entry:
                tables[table.name] = entry
        if functions:
            body["functions"] = functions
        if tables:
            body["tables"] = tables
        if len(body) > 1:
            result[schema] = body
    return result, ctx.warnings


def _projects(schema: str, name: str, extras: Extras, identity_args: str) -> bool:
    extra = extras.functions.get((schema, name, identity_args))
    return extra is not None and extra["owner"] not in PLATFORM_OWNERS and (schema, name) not in PLATFORM_FUNCTIONS
