"""Views that bypass row-level security: exposed views over RLS tables without security_invoker."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, ObjectKey, View
from pgdecl.lint.core import Finding, Level, LintOptions, rule


def exposed(view: View, catalog: Catalog, options: LintOptions) -> bool:
    """In an exposed schema, or readable by an API role (or PUBLIC)."""
    if view.schema in options.exposed_schemas:
        return True
    grantees = set(options.api_roles) | {"PUBLIC"}
    return any(p.target == view.key and p.grantee in grantees and p.privilege == "SELECT"
               for p in catalog.privileges.values())


def rls_tables_read(view: ObjectKey, catalog: Catalog) -> list[ObjectKey]:
    """RLS-enabled tables a view reads, directly or through other views."""
    reads: dict[ObjectKey, set[ObjectKey]] = {}
    for dep in catalog.dependencies:
        if dep.dependent.kind == "view" and dep.referenced.kind in ("table", "view"):
            reads.setdefault(dep.dependent, set()).add(dep.referenced)
    seen: set[ObjectKey] = set()
    stack = [view]
    while stack:
        for ref in reads.get(stack.pop(), ()):
            if ref not in seen:
                seen.add(ref)
                stack.append(ref)
    return sorted(k for k in seen if k.kind == "table" and (t := catalog.tables.get(k)) is not None and t.rls_enabled)


@rule("view-security-invoker", Level.ERROR,
      "a view exposed to API roles reads an RLS-protected table without security_invoker = true")
def view_security_invoker(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, view in sorted(catalog.views.items()):
        if view.materialized or view.option("security_invoker") == "true" or not exposed(view, catalog, options):
            continue
        tables = rls_tables_read(key, catalog)
        if tables:
            names = ", ".join(f"{t.schema}.{t.name}" for t in tables)
            yield view_security_invoker.finding(
                key,
                f"view {view.schema}.{view.name} reads RLS-protected {names} but runs with its owner's "
                "privileges: the tables' policies do not apply to rows read through it",
                "set `security_invoker: true` on the view "
                f"(ALTER VIEW {view.schema}.{view.name} SET (security_invoker = true))",
                view.origin)
