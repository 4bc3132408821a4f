"""Static twins of verify-rls's attacks: policies that let a write reach every row or do not pin the
owner, SECURITY DEFINER functions anon can call or that resolve names with the caller's
search_path, materialized views (no RLS) readable by API roles."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, Policy
from pgdecl.lint.core import Finding, Level, LintOptions, rule
from pgdecl.lint.views import rls_tables_read
from pgdecl.spec.model import VerifyRlsSpec

_WRITES = ("insert", "update", "delete")


def _api_roles(policy: Policy, options: LintOptions) -> list[str]:
    return sorted(set(policy.roles) & ({"public"} | set(options.api_roles)))


def _effective_check(policy: Policy) -> str | None:
    """The expression new rows must satisfy (USING stands in for a missing WITH CHECK)."""
    if policy.check is not None:
        return policy.check
    return policy.using if policy.command in ("update", "all") else None


def _is_true(expression: str | None) -> bool:
    return expression is not None and expression.strip("() ").lower() == "true"


@rule("policy-write-true", Level.ERROR,
      "a permissive policy that lets API roles insert, update or delete every row (USING / WITH CHECK true)")
def policy_write_true(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, policy in sorted(catalog.policies.items()):
        roles = _api_roles(policy, options)
        if not policy.permissive or not roles or policy.command == "select":
            continue
        commands = _WRITES if policy.command == "all" else (policy.command,)
        open_to = [c for c in commands
                   if (c in ("update", "delete") and _is_true(policy.using))
                   or (c in ("insert", "update") and _is_true(_effective_check(policy)))
                   or (c == "insert" and policy.check is None and policy.command == "insert")]
        open_to = [c for c in open_to if not _narrowed(catalog, policy, c)]
        if open_to:
            yield policy_write_true.finding(
                key,
                f"policy {policy.name} on {policy.schema}.{policy.table} lets {', '.join(roles)} "
                f"{'/'.join(c.upper() for c in open_to)} any row (its condition is true): a signed-in user changes "
                "or deletes other users' rows, or writes rows in their name, with no WHERE at all",
                "compare the owner column with the caller: `using: (select auth.uid()) = user_id` and the same "
                "`with_check`",
                policy.origin)


def _narrowed(catalog: Catalog, policy: Policy, command: str) -> bool:
    """A restrictive policy on the same table pins rows of ``command`` to the caller."""
    from pgdecl.rls.owners import pinned_columns

    for other in catalog.policies.values():
        if (other.schema, other.table) != (policy.schema, policy.table) or other.permissive \
                or other.command not in (command, "all"):
            continue
        expressions = ([other.using] if command in ("update", "delete") else []) \
            + ([_effective_check(other)] if command in ("insert", "update") else [])
        if expressions and all(e and pinned_columns(e, catalog) for e in expressions):
            return True
    return False


def _table_owners(catalog: Catalog) -> dict:
    from pgdecl.rls.owners import find_owners

    return {key: owner for key, owner in find_owners(catalog, VerifyRlsSpec()).items() if owner.kind == "user"}


@rule("policy-check-owner", Level.ERROR,
      "an INSERT / UPDATE policy whose WITH CHECK does not pin the owner column to the caller")
def policy_check_owner(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    from pgdecl.rls.owners import pinned_columns

    owners = _table_owners(catalog)
    for key, policy in sorted(catalog.policies.items()):
        table_key = key._replace(kind="table", name=policy.table, parent="")
        owner = owners.get(table_key)
        check = _effective_check(policy)
        if (owner is None or not policy.permissive or not _api_roles(policy, options)
                or policy.command not in ("insert", "update", "all") or check is None or _is_true(check)):
            continue
        if check is not None and set(pinned_columns(check, catalog)) & set(owner.columns):
            continue
        commands = ("insert", "update") if policy.command == "all" else (policy.command,)
        restrictive = [p for p in catalog.policies.values()
                       if (p.schema, p.table) == (policy.schema, policy.table) and not p.permissive
                       and (_effective_check(p) is not None)
                       and set(pinned_columns(_effective_check(p) or "", catalog)) & set(owner.columns)
                       and all(p.command in (c, "all") for c in commands)]
        if restrictive:
            continue
        columns = ", ".join(owner.columns)
        yield policy_check_owner.finding(
            key,
            f"policy {policy.name} on {policy.schema}.{policy.table} does not check {columns} against the caller "
            f"in its WITH CHECK ({check or 'none'}): a user can "
            + ("insert rows owned by another user" if policy.command == "insert" else
               "give their rows to another user (or write rows in another user's name)"),
            f"add `with_check: (select auth.uid()) = {owner.columns[0]}` (together with any other condition)",
            policy.origin)


@rule("materialized-view-exposed", Level.ERROR,
      "a materialized view over RLS tables readable by anon or authenticated (materialized views have no RLS)")
def materialized_view_exposed(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    grantees = set(options.api_roles) | {"PUBLIC"}
    for key, view in sorted(catalog.views.items()):
        if not view.materialized:
            continue
        readers = sorted({p.grantee for p in catalog.privileges.values()
                          if p.target == key and p.grantee in grantees and p.privilege == "SELECT"})
        tables = rls_tables_read(key, catalog)
        if readers and tables:
            yield materialized_view_exposed.finding(
                key,
                f"materialized view {view.schema}.{view.name} stores rows of RLS-protected "
                f"{', '.join(f'{t.schema}.{t.name}' for t in tables)} and {', '.join(readers)} can read it: "
                "row-level security never applies to a materialized view, so every user reads every user's rows",
                "revoke SELECT from the API roles and serve it through a security definer function that filters "
                "by the caller, or use a security_invoker view instead",
                view.origin)


def _callable(catalog: Catalog, key, roles: set[str]) -> list[str]:
    return sorted({p.grantee for p in catalog.privileges.values()
                   if p.target == key and p.privilege == "EXECUTE" and p.grantee in roles})


@rule("security-definer-search-path", Level.ERROR, "a SECURITY DEFINER function without a fixed search_path")
def security_definer_search_path(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, function in sorted(catalog.functions.items()):
        if not function.security_definer or function.language in ("c", "internal"):
            continue
        if not any(setting.startswith("search_path=") for setting in function.config):
            yield security_definer_search_path.finding(
                key,
                f"SECURITY DEFINER {function.kind} {function.schema}.{function.signature} has no fixed search_path: "
                "it runs with its owner's rights but resolves names with the caller's search_path, so a caller who "
                "can create a table or function on that path runs code as the owner",
                "add `set: {search_path: ''}` and schema-qualify every name in the body",
                function.origin)


@rule("security-definer-anon", Level.ERROR, "a SECURITY DEFINER function anon can call")
def security_definer_anon(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, function in sorted(catalog.functions.items()):
        if not function.security_definer or (function.result or "").strip() in ("trigger", "event_trigger"):
            continue
        callers = _callable(catalog, key, {"anon", "PUBLIC"})
        if callers:
            yield security_definer_anon.finding(
                key,
                f"SECURITY DEFINER {function.kind} {function.schema}.{function.signature} is executable by "
                f"{' and '.join(callers)}{' (the default for every new function)' if 'PUBLIC' in callers else ''}: "
                "anyone, signed in or not, runs it with its owner's rights, which bypass row-level security",
                "`grants: {authenticated: [execute]}` and revoke EXECUTE from PUBLIC and anon, or make it "
                "`security: invoker`",
                function.origin)
