"""Lint findings, rules and the registry every rule module adds itself to."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pgdecl.catalog.model import Catalog, ObjectKey, SourceMark

DOCS = "docs/lint.md"


class Level(enum.IntEnum):
    INFO = 1
    WARN = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, word: str) -> Level:
        return cls[word.upper()]


@dataclass(frozen=True, slots=True)
class LintOptions:
    exposed_schemas: tuple[str, ...] = ("public",)
    api_roles: tuple[str, ...] = ("anon", "authenticated")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    level: Level
    key: ObjectKey                   # the object the finding is about
    message: str                     # names the object; says what is wrong and why it matters
    fix: str
    origin: SourceMark | None = None

    @property
    def docs(self) -> str:
        return f"{DOCS}#{self.rule}"

    @property
    def where(self) -> str:
        return str(self.origin) if self.origin else str(self.key)

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule, "level": str(self.level), "object": str(self.key),
            "kind": self.key.kind, "schema": self.key.schema, "name": self.key.name,
            "parent": self.key.parent or None, "message": self.message, "fix": self.fix,
            "file": self.origin.file if self.origin else None,
            "line": self.origin.line if self.origin else None,
            "column": self.origin.column if self.origin else None,
            "docs": self.docs,
        }


Check = Callable[[Catalog, LintOptions], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: Level
    summary: str                     # one line: what the rule looks for
    check: Check = field(compare=False, repr=False)

    def finding(self, key: ObjectKey, message: str, fix: str, origin: SourceMark | None) -> Finding:
        return Finding(self.id, self.level, key, message, fix, origin)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, level: Level, summary: str) -> Callable[[Check], Rule]:
    """Register a check function as a rule; the decorated name becomes the Rule."""
    def register(check: Check) -> Rule:
        if rule_id in RULES:
            raise ValueError(f"lint rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(rule_id, level, summary, check)
        return RULES[rule_id]
    return register


def in_schemas(schema: str, options: LintOptions) -> bool:
    return schema in options.exposed_schemas
