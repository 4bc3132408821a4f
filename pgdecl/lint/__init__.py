"""pgdecl lint: security and performance findings on a catalog (desired or live)."""

from __future__ import annotations

from pgdecl.lint import arrays, functions, indexes, isolation, policies, rls, views  # noqa: F401  (register rules)
from pgdecl.lint.core import RULES, Finding, Level, LintOptions, Rule
from pgdecl.lint.runner import LintResult, lint_catalog, suppressions_from_spec

__all__ = ["RULES", "Finding", "Level", "LintOptions", "LintResult", "Rule", "lint_catalog",
           "suppressions_from_spec"]
