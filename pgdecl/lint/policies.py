"""Policy performance and shape: per-row auth calls, overlapping permissive policies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, Policy
from pgdecl.lint.core import Finding, Level, LintOptions, rule

AUTH_CALL = re.compile(r"\b(auth\.(?:uid|jwt|role|email)|(?:pg_catalog\.)?current_setting)\s*\(", re.IGNORECASE)
_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)


def per_row_calls(expression: str) -> list[str]:
    """Auth/setting calls in ``expression`` that are not inside a ``(SELECT ...)`` subquery."""
    calls: list[str] = []
    stack: list[bool] = []           # per open parenthesis: does it start a sub-select?
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if ch in "'\"":              # skip a literal or quoted identifier ('' and "" escape)
            j = i + 1
            while j < n:
                if expression[j] == ch:
                    if j + 1 < n and expression[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if ch == "(":
            stack.append(bool(_SELECT.match(expression, i + 1)))
        elif ch == ")":
            if stack:
                stack.pop()
        else:
            match = AUTH_CALL.match(expression, i)
            if match and (i == 0 or not (expression[i - 1].isalnum() or expression[i - 1] in "_.")):
                if not any(stack):
                    calls.append(match.group(1) + "()")
                i = match.end() - 1      # continue at the call's own parenthesis
                continue
        i += 1
    return calls


@rule("policy-per-row-auth-call", Level.WARN,
      "a policy calls auth.uid() / auth.jwt() / current_setting() per row instead of once, in (select ...)")
def policy_per_row_auth_call(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, policy in sorted(catalog.policies.items()):
        calls = sorted(set(per_row_calls(policy.using or "") + per_row_calls(policy.check or "")))
        if calls:
            yield policy_per_row_auth_call.finding(
                key,
                f"policy {policy.name} on {policy.schema}.{policy.table} calls {', '.join(calls)} for every "
                "row it checks; PostgreSQL evaluates a (select ...) wrapper once per statement",
                "wrap each call in a sub-select: `(select auth.uid()) = user_id`",
                policy.origin)


def _applies(policy: Policy, role: str, command: str) -> bool:
    return policy.command in (command, "all") and (role in policy.roles or "public" in policy.roles)


@rule("multiple-permissive-policies", Level.WARN,
      "more than one permissive policy for the same role and command on a table")
def multiple_permissive_policies(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    by_table: dict[tuple[str, str], list[Policy]] = {}
    for key in sorted(catalog.policies):
        policy = catalog.policies[key]
        if policy.permissive:
            by_table.setdefault((policy.schema, policy.table), []).append(policy)
    for (schema, table), policies in sorted(by_table.items()):
        roles = sorted({r for p in policies for r in p.roles})
        overlaps: dict[tuple[str, ...], list[str]] = {}     # policy names -> "role command" pairs
        for role in roles:
            for command in ("select", "insert", "update", "delete"):
                names = tuple(p.name for p in policies if _applies(p, role, command))
                if len(names) > 1:
                    overlaps.setdefault(names, []).append(f"{role} {command}")
        for names, pairs in overlaps.items():
            first = next(p for p in policies if p.name == names[0])
            yield multiple_permissive_policies.finding(
                first.key,
                f"policies {', '.join(names)} on {schema}.{table} are all permissive for "
                f"{', '.join(pairs)}: every one is evaluated for each row and their results OR-ed",
                "merge them into one policy per role and command (combine the conditions with OR), "
                "or make the extra ones `as: restrictive` if they are meant to narrow access",
                first.origin)
