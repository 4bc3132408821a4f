"""Lint output: text for people, JSON for scripts, SARIF 2.1.0 for GitHub code scanning."""

from __future__ import annotations

import json
from pathlib import Path

from pgdecl.lint.core import DOCS, RULES, Level
from pgdecl.lint.runner import LintResult

SARIF_LEVEL = {Level.ERROR: "error", Level.WARN: "warning", Level.INFO: "note"}
HOME = "https://github.com/pgdecl/pgdecl"


def text(result: LintResult) -> str:
    lines = []
    for f in result.findings:
        lines.append(f"{f.where}: {f.level} [{f.rule}] {f.message}")
        lines.append(f"    fix: {f.fix}")
        lines.append(f"    see: {f.docs}")
    for s in result.suppressed:
        lines.append(f"{s.finding.where}: disabled [{s.finding.rule}] {s.finding.key}: {s.reason}")
    counts = result.counts()
    if result.findings:
        lines.append(f"{len(result.findings)} finding(s): "
                     + ", ".join(f"{n} {level}" for level, n in counts.items() if n))
    else:
        lines.append("No findings.")
    return "\n".join(lines) + "\n"


def as_json(result: LintResult) -> str:
    return json.dumps({
        "findings": [f.to_json() for f in result.findings],
        "suppressed": [{**s.finding.to_json(), "reason": s.reason} for s in result.suppressed],
        "counts": result.counts(),
    }, indent=2, ensure_ascii=False) + "\n"


def source_uri(file: str) -> str:
    """A SARIF artifact URI for a spec file: relative to the working directory when inside it."""
    path = Path(file)
    try:
        path = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        pass
    return path.as_posix() if not path.is_absolute() else path.as_uri()


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pgdecl")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "0"


def sarif(result: LintResult) -> str:
    rule_ids = sorted(RULES)
    rules = [{
        "id": rule_id,
        "name": "".join(part.title() for part in rule_id.split("-")),
        "shortDescription": {"text": RULES[rule_id].summary},
        "helpUri": f"{HOME}/blob/main/{DOCS}#{rule_id}",
        "defaultConfiguration": {"level": SARIF_LEVEL[RULES[rule_id].level]},
    } for rule_id in rule_ids]
    results = []
    for f in result.findings:
        entry: dict[str, object] = {
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule),
            "level": SARIF_LEVEL[f.level],
            "message": {"text": f"{f.message}. Fix: {f.fix}"},
            "locations": [{
                "logicalLocations": [{"fullyQualifiedName": str(f.key), "kind": f.key.kind}],
            }],
            "partialFingerprints": {"pgdeclObject/v1": f"{f.rule}:{f.key}"},
        }
        if f.origin:
            entry["locations"][0]["physicalLocation"] = {      # type: ignore[index]
                "artifactLocation": {"uri": source_uri(f.origin.file), "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": f.origin.line, "startColumn": f.origin.column},
            }
        results.append(entry)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pgdecl", "version": tool_version(), "informationUri": HOME, "rules": rules}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render(result: LintResult, fmt: str) -> str:
    return {"text": text, "json": as_json, "sarif": sarif}[fmt](result)


__all__ = ["render"]
