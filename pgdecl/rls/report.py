"""What verify-rls found: leaks, what it could not verify, and the report as text, JSON or SARIF."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pgdecl.catalog.model import SourceMark

EXIT_OK, EXIT_ERROR, EXIT_LEAKS = 0, 1, 2
DOCS = "docs/lint.md#pgdecl-verify-rls"
HOME = "https://github.com/pgdecl/pgdecl"


@dataclass(frozen=True, slots=True)
class Leak:
    """One way an attacker reached rows that are not theirs."""

    actor: str                       # "A" (authenticated as user A) | "anon"
    victim: str                      # "B" | "A and B" | "" (rows nobody owns)
    action: str                      # read | inserted | updated | deleted | handed over | wrote
    relation: str                    # the table (or, for reads, the relation read) whose rows were reached
    rows: int
    total: int | None = None         # the victim's rows in that table, when known
    via: str = ""                    # "view public.v", "function public.f(uuid) called with B's id", ...
    statement: str = ""              # what the attacker ran
    origin: SourceMark | None = None

    @property
    def whose(self) -> str:
        return {"B": "B's", "A and B": "A's and B's", "": "the"}.get(self.victim, f"{self.victim}'s")

    def describe(self) -> str:
        through = f" through {self.via}" if self.via else ""
        nobody = " (rows nobody owns)" if not self.victim else ""
        of_total = f"{self.rows} of {self.whose} {self.total}" if self.total is not None else f"{self.rows} of {self.whose}"
        if self.action == "read" and self.total is None:
            return f"{self.actor} read {self.rows} row(s) built from {self.whose} rows{through}"
        if self.action in ("read", "updated", "deleted"):
            return f"{self.actor} {self.action} {of_total} rows of {self.relation}{nobody}{through}"
        if self.action == "inserted":
            return f"{self.actor} inserted {self.rows} row(s) owned by {self.victim} into {self.relation}{through}"
        if self.action == "took":
            return f"{self.actor} took {of_total} rows of {self.relation} (changed their owner){through}"
        if self.action == "handed over":
            return (f"{self.actor} handed {self.rows} of its own row(s) of {self.relation} to {self.victim} "
                    f"(UPDATE of the owner column){through}")
        return f"{self.actor} wrote {self.rows} row(s) owned by {self.victim} into {self.relation}{through}"

    def to_json(self) -> dict[str, Any]:
        entry = asdict(self)
        entry.pop("origin")
        entry["message"] = self.describe()
        entry["file"], entry["line"] = (self.origin.file, self.origin.line) if self.origin else (None, None)
        return entry


@dataclass(frozen=True, slots=True)
class Unverified:
    """A relation or function the attackers can reach that verify-rls could not check."""

    kind: str                        # table | view | materialized view | function
    name: str
    reason: str
    origin: SourceMark | None = None

    def describe(self) -> str:
        return f"{self.kind} {self.name} not verified: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "reason": self.reason, "message": self.describe(),
                "file": self.origin.file if self.origin else None,
                "line": self.origin.line if self.origin else None}


@dataclass(slots=True)
class Report:
    users: dict[str, str]                                       # A / B -> uuid
    owners: dict[str, str] = field(default_factory=dict)        # table -> how its rows belong to a user
    seeded: dict[str, int] = field(default_factory=dict)        # table -> rows inserted
    probed: list[str] = field(default_factory=list)             # "table public.notes", "function public.f()"
    public: list[str] = field(default_factory=list)             # reachable, readable by intent
    leaks: list[Leak] = field(default_factory=list)
    unverified: list[Unverified] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_LEAKS if self.leaks or self.unverified else EXIT_OK

    def summary(self) -> str:
        relations = sum(not p.startswith("function ") for p in self.probed)
        functions = len(self.probed) - relations
        scope = (f"{relations} relation(s) and {functions} function(s) reachable by authenticated or anon, "
                 "probed as user A (authenticated) and as anon")
        if self.public:
            scope += f"; {len(self.public)} public by intent"
        if not self.leaks and not self.unverified:
            return f"No leaks: {scope}."
        return f"{len(self.leaks)} leak(s), {len(self.unverified)} not verified: {scope}."

    def to_json(self) -> dict[str, Any]:
        return {"users": self.users, "owners": self.owners, "seeded": self.seeded, "probed": self.probed,
                "public": self.public, "leaks": [leak.to_json() for leak in self.leaks],
                "not_verified": [u.to_json() for u in self.unverified], "notes": self.notes,
                "summary": self.summary()}


def text(report: Report) -> str:
    lines = [f"users: {', '.join(f'{k} = {v}' for k, v in report.users.items())}",
             "seeded: " + (", ".join(f"{t} ({n} rows)" for t, n in report.seeded.items()) or "nothing")]
    lines += [f"owner of {table}: {why}" for table, why in report.owners.items()]
    lines += [f"public by intent: {name}" for name in report.public]
    lines += [f"note: {note}" for note in report.notes]
    lines += [f"LEAK {leak.describe()}" for leak in report.leaks]
    lines += [f"NOT VERIFIED {u.describe()}" for u in report.unverified]
    lines.append(report.summary())
    return "\n".join(lines) + "\n"


RULES = {"rls-leak": ("error", "a user reached another user's rows (verify-rls)"),
         "rls-not-verified": ("error", "a relation or function reachable by API roles that verify-rls could not check")}


def sarif(report: Report) -> str:
    from pgdecl.lint.output import source_uri, tool_version

    rule_ids = sorted(RULES)
    results = []
    for rule_id, message, name, origin in (
            [("rls-leak", leak.describe(), leak.relation, leak.origin) for leak in report.leaks]
            + [("rls-not-verified", u.describe(), u.name, u.origin) for u in report.unverified]):
        entry: dict[str, Any] = {
            "ruleId": rule_id, "ruleIndex": rule_ids.index(rule_id), "level": RULES[rule_id][0],
            "message": {"text": message},
            "locations": [{"logicalLocations": [{"fullyQualifiedName": name}]}],
            "partialFingerprints": {"pgdeclObject/v1": f"{rule_id}:{message}"},
        }
        if origin:
            entry["locations"][0]["physicalLocation"] = {
                "artifactLocation": {"uri": source_uri(origin.file), "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": origin.line, "startColumn": origin.column}}
        results.append(entry)
    rules = [{"id": r, "name": "".join(p.title() for p in r.split("-")), "shortDescription": {"text": RULES[r][1]},
              "helpUri": f"{HOME}/blob/main/{DOCS}", "defaultConfiguration": {"level": RULES[r][0]}}
             for r in rule_ids]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "pgdecl verify-rls", "version": tool_version(), "informationUri": HOME,
                                      "rules": rules}},
                  "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                  "results": results}],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
    return sarif(report) if fmt == "sarif" else text(report)
