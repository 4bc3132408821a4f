"""Row-level security switched on where it must be, and policies that can take effect."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, ObjectKey
from pgdecl.lint.core import Finding, Level, LintOptions, rule


@rule("rls-disabled-in-exposed-schema", Level.ERROR,
      "a table in an exposed schema without row-level security")
def rls_disabled_in_exposed_schema(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, table in sorted(catalog.tables.items()):
        if table.schema in options.exposed_schemas and not table.rls_enabled:
            yield rls_disabled_in_exposed_schema.finding(
                key,
                f"table {table.schema}.{table.name} is in exposed schema {table.schema} without row-level "
                "security: every API role with a grant reads and writes all of its rows",
                "add `row_level_security: true` and policies, or move the table to a schema the API does not expose",
                table.origin)


@rule("rls-enabled-no-policy", Level.INFO,
      "row-level security enabled but no policy (nobody but the owner sees any row)")
def rls_enabled_no_policy(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    with_policy = {(p.schema, p.table) for p in catalog.policies.values()}
    for key, table in sorted(catalog.tables.items()):
        if table.rls_enabled and (table.schema, table.name) not in with_policy:
            yield rls_enabled_no_policy.finding(
                key,
                f"table {table.schema}.{table.name} has row-level security enabled but no policy: "
                "every row is hidden from every role except the owner and BYPASSRLS roles",
                "add policies for the roles that should see rows, or disable this rule on the table "
                "with a reason if deny-all is intended",
                table.origin)


@rule("policy-rls-disabled", Level.ERROR, "a policy on a table whose row-level security is off")
def policy_rls_disabled(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, policy in sorted(catalog.policies.items()):
        table = catalog.tables.get(ObjectKey("table", policy.schema, policy.table))
        if table is not None and not table.rls_enabled:
            yield policy_rls_disabled.finding(
                key,
                f"policy {policy.name} on {policy.schema}.{policy.table} has no effect: row-level security "
                "is disabled on the table, so every role with a grant sees every row",
                "add `row_level_security: true` to the table",
                policy.origin)
