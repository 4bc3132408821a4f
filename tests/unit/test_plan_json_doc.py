"""docs/plan-json.md stays true to Plan.to_json: every field it writes is documented, and no other."""

from __future__ import annotations

import re
from pathlib import Path

from pgdecl.catalog.model import Index
from pgdecl.diff import ops as o
from pgdecl.plan import PLAN_FORMAT_VERSION, Hazard, HazardKind, Plan, Step

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan-json.md"


def _documented(section: str) -> set[str]:
    text = DOC.read_text(encoding="utf-8").split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    fields = set()
    for row in re.findall(r"^\| `([^|]+)` \|", text, flags=re.MULTILINE):
        for name in re.findall(r"[a-z_.]+", row):
            fields.add(name)
    return fields


def _flatten(document: dict, prefix: str = "") -> set[str]:
    names = set()
    for key, value in document.items():
        names.add(prefix + key)
        if isinstance(value, dict):
            names |= _flatten(value, prefix + key + ".")
    return names


def test_step_fields_are_documented() -> None:
    index = Index("public", "deals", "idx", "CREATE INDEX idx ON public.deals USING gin (tags)", "gin")
    step = Step(o.CreateIndex(index), ("CREATE INDEX …",), (Hazard(HazardKind.INDEX_BUILD, "writes wait"),))
    written = _flatten(step.to_json()) - {"object"}
    documented = _documented("Step") - {"before_transaction", "object.role", "object.column"}   # only on some steps
    assert written == documented


def test_document_fields_are_documented() -> None:
    document = Plan(steps=[], fingerprint="0" * 16).to_json()
    assert document["format_version"] == PLAN_FORMAT_VERSION == 1
    assert set(document) | {"schemas"} == _documented("Document")   # schemas: saved plans only


def test_column_steps_name_their_column() -> None:
    from pgdecl.catalog.model import Column, Table

    table = Table("public", "deals", (Column("stage", "text"),))
    document = Step(o.AddColumn(table, Column("stage", "text")), ()).to_json()
    assert document["object"] == {"kind": "table", "schema": "public", "name": "deals", "table": None,
                                  "column": "stage"}
    assert "column" in _documented("Step") or "object.column" in _documented("Step")
