"""Run every rule over a catalog, honouring the spec's per-object `lint: {disable: ...}`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pgdecl.catalog.model import Catalog, ObjectKey, SourceMark
from pgdecl.errors import PgdeclError
from pgdecl.lint.core import RULES, Finding, Level, LintOptions
from pgdecl.spec.model import LintSpec, Spec


@dataclass(frozen=True, slots=True)
class Suppressed:
    finding: Finding
    reason: str


@dataclass(slots=True)
class LintResult:
    findings: list[Finding]
    suppressed: list[Suppressed] = field(default_factory=list)

    def at_least(self, level: Level) -> list[Finding]:
        return [f for f in self.findings if f.level >= level]

    def counts(self) -> dict[str, int]:
        return {str(level): sum(f.level == level for f in self.findings) for level in sorted(Level, reverse=True)}


def _spec_lint_marks(spec: Spec) -> Iterator[tuple[SourceMark, LintSpec]]:
    for schema in spec.schemas.values():
        for function in schema.functions.values():
            if function.lint:
                yield function.origin, function.lint
        for view in schema.views.values():
            if view.lint:
                yield view.origin, view.lint
            for index in view.indexes.values():
                if index.lint:
                    yield index.origin, index.lint
        for table in schema.tables.values():
            if table.lint:
                yield table.origin, table.lint
            for child in (*table.indexes.values(), *table.policies.values()):
                if child.lint:
                    yield child.origin, child.lint


def suppressions_from_spec(spec: Spec, catalog: Catalog) -> dict[ObjectKey, LintSpec]:
    """Catalog key -> the spec's `lint:` entry for that object (matched by source position).

    Unknown rule ids are an error naming the YAML position.
    """
    by_mark = dict(_spec_lint_marks(spec))
    for mark, lint in by_mark.items():
        unknown = [r for r in lint.disable if r not in RULES]
        if unknown:
            raise PgdeclError(f"{lint.origin or mark}: unknown lint rule {unknown[0]!r} "
                              f"(known rules: {', '.join(sorted(RULES))})")
    result: dict[ObjectKey, LintSpec] = {}
    for key, obj in catalog.all_objects().items():
        mark = getattr(obj, "origin", None)
        if mark is not None and mark in by_mark:
            result[key] = by_mark[mark]
    return result


def _suppression(finding: Finding, suppressions: dict[ObjectKey, LintSpec]) -> LintSpec | None:
    keys = [finding.key]
    if finding.key.parent:          # a table's lint entry covers its constraints and policies too
        keys.append(ObjectKey("table", finding.key.schema, finding.key.parent))
    for key in keys:
        lint = suppressions.get(key)
        if lint is not None and finding.rule in lint.disable:
            return lint
    return None


def lint_catalog(catalog: Catalog, options: LintOptions | None = None,
                 suppressions: dict[ObjectKey, LintSpec] | None = None,
                 rules: Iterable[str] | None = None) -> LintResult:
    """Every finding of the selected rules (all by default), most severe first."""
    options = options or LintOptions()
    selected = [RULES[r] for r in (rules if rules is not None else sorted(RULES))]
    result = LintResult([])
    for rule in selected:
        for finding in rule.check(catalog, options):
            lint = _suppression(finding, suppressions or {})
            if lint is not None:
                result.suppressed.append(Suppressed(finding, lint.reason))
            else:
                result.findings.append(finding)
    result.findings.sort(key=lambda f: (-f.level, f.origin or SourceMark("", 0, 0), f.rule, f.key))
    return result
