"""The exported spec: a YAML-ready mapping, written as one file or one file per schema."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Document = dict[str, Any]


@dataclass
class Export:
    """The exported spec (a YAML-ready mapping) and what it could not express."""

    document: Document
    schemas: tuple[str, ...]
    warnings: list[str] = field(default_factory=list)

    def yaml(self) -> str:
        return dump_yaml(self.document)

    def by_schema(self) -> dict[str, Document]:
        """One document per schema (the first also carries version, preset and extensions)."""
        parts: dict[str, Document] = {}
        head = {k: v for k, v in self.document.items() if k != "schemas"}
        for schema, body in self.document.get("schemas", {}).items():
            part: Document = dict(head) if not parts else {"version": 1}
            if not parts and self.document.get("preset"):
                part["preset"] = self.document["preset"]
            part["schemas"] = {schema: body}
            parts[schema] = part
        if not parts:
            parts["_"] = head
        return parts

    def write(self, out: Path | None) -> list[Path]:
        """Write to ``out``: a directory (one file per schema), a file, or None (nothing, see yaml())."""
        if out is None:
            return []
        if out.suffix in (".yaml", ".yml"):
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(self.yaml(), encoding="utf-8")
            return [out]
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for index, (schema, document) in enumerate(self.by_schema().items()):
            path = out / f"{index:02d}_{_file_name(schema)}.yaml"
            path.write_text(dump_yaml(document), encoding="utf-8")
            written.append(path)
        return written


def _file_name(schema: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", schema) or "_"


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):   # libyaml emits ~10x faster
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    flow = all(isinstance(item, str) and "\n" not in item and len(item) < 60 for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump_yaml(document: Document) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000,
                     default_flow_style=False)
