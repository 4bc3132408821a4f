"""Functions: a fixed search_path, and SECURITY DEFINER kept out of exposed schemas."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Catalog
from pgdecl.lint.core import Finding, Level, LintOptions, rule

_ROUTINES = ("function", "procedure")


@rule("function-search-path", Level.WARN, "a function without a fixed search_path")
def function_search_path(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, function in sorted(catalog.functions.items()):
        if function.kind not in _ROUTINES or function.language in ("c", "internal") or function.security_definer:
            continue                        # SECURITY DEFINER: security-definer-search-path (an error)
        if not any(setting.startswith("search_path=") for setting in function.config):
            yield function_search_path.finding(
                key,
                f"{function.kind} {function.schema}.{function.signature} has no fixed search_path: "
                "names in its body resolve against the caller's search_path",
                "add `set: {search_path: ''}` and schema-qualify every name in the body",
                function.origin)


@rule("security-definer-exposed", Level.WARN, "a SECURITY DEFINER function in an exposed schema")
def security_definer_exposed(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, function in sorted(catalog.functions.items()):
        if function.security_definer and function.schema in options.exposed_schemas:
            yield security_definer_exposed.finding(
                key,
                f"SECURITY DEFINER {function.kind} {function.schema}.{function.signature} is in exposed schema "
                f"{function.schema}: API roles can call it over RPC and it runs with its owner's privileges, "
                "bypassing row-level security",
                "move it to a schema the API does not expose, or make it `security: invoker`; "
                "at least revoke EXECUTE from anon and authenticated",
                function.origin)
