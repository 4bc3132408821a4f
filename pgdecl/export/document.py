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
    def ignore_aliases(self, data: Any) -> bool:
        return True         # a spec never needs anchors, even where two places share one list


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _flow_list(value: list) -> bool:
    """A list written inline (``[a, b]``): short one-line strings only (names, columns, events)."""
    return all(isinstance(item, str) and "\n" not in item and len(item) < 60 for item in value)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=_flow_list(value))


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)

_OPTIONS: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 1_000_000,
                            "default_flow_style": False}


def pyyaml_dump(document: Any) -> str:
    """``document`` through PyYAML (Python representer, libyaml emitter): what dump_yaml writes."""
    return yaml.dump(document, Dumper=_Dumper, **_OPTIONS)


def dump_yaml(document: Document) -> str:
    """The YAML text of ``document``, byte for byte what :func:`pyyaml_dump` writes.

    PyYAML's representer is pure Python and was 40% of an export. Nearly every scalar of a
    spec is a name, a type or an expression that YAML takes as it is (a plain scalar): those
    are written here, and every mapping entry holding anything else (text that needs quotes
    or a literal block, a float, a key longer than a simple key may be) is rendered by PyYAML,
    all of them in one call, and put in its place with its indentation.
    """
    return _Writer().document(document)


# A string written as a plain scalar here: printable ASCII, no indicator at the start, no
# trailing space, no ": " or " #" (all as libyaml's analysis decides), and read back as a
# string (not true, null, 12, 1.5, 2024-01-01: the resolver's patterns by first character).
_BLOCK_PLAIN = re.compile(r"[A-Za-z0-9_(/$][\x20-\x7e]*")
_FLOW_UNSAFE = re.compile(r"[,?\[\]{}:]")      # indicators inside a flow sequence
_KEY_LENGTH = 120                              # libyaml writes a longer key as a complex key ("? ")
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_UNSEEN = object()


def _block_plain(value: str) -> str | None:
    if not _BLOCK_PLAIN.fullmatch(value) or value[-1] in " :" or ": " in value or " #" in value:
        return None
    for _tag, pattern in _RESOLVERS.get(value[0], ()):
        if pattern.match(value):
            return None
    return value


class _Writer:
    """Block YAML as libyaml writes it (indent 2, sequences in a mapping not indented)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.block: dict[str, str | None] = {}      # string -> its plain text, None when not plain
        self.flows: dict[tuple[str, ...], str | None] = {}     # likewise for a flow sequence
        # entries PyYAML renders: (index in out, key, value, prefix of the first line, indentation)
        self.deferred: list[tuple[int, Any, Any, str, str]] = []

    def document(self, document: Any) -> str:
        if type(document) is not dict or not document:
            return pyyaml_dump(document)
        self.mapping(document, "", "")
        if self.deferred and not self.fill_deferred():
            return pyyaml_dump(document)
        return "".join(self.out)

    def plain(self, value: str) -> str | None:
        text = self.block[value] = _block_plain(value)
        return text

    def scalar(self, value: Any) -> str | None:
        kind = type(value)
        if kind is str:
            text = self.block.get(value, _UNSEEN)
            return self.plain(value) if text is _UNSEEN else text  # type: ignore[return-value]
        if kind is bool:
            return "true" if value else "false"
        if kind is int:
            return str(value)
        if value is None:
            return "null"
        return None

    def flow_list(self, value: list) -> str | None:
        """``[a, b]`` (the items are short one-line strings), None when an item needs quotes."""
        items = tuple(value)
        text = self.flows.get(items, _UNSEEN)
        if text is _UNSEEN:
            plain = [self.scalar(item) for item in items]
            text = self.flows[items] = None if None in plain or any(_FLOW_UNSAFE.search(item) for item in items) \
                else "[" + ", ".join(items) + "]"
        return text  # type: ignore[return-value]

    def mapping(self, mapping: dict, first: str, pad: str) -> None:
        """Each entry of ``mapping`` at indentation ``pad``, the first line starting with ``first``."""
        out, block = self.out, self.block
        for key, value in mapping.items():
            if type(key) is str and type(value) is str:     # most entries: on one line, both plain
                name = block.get(key, _UNSEEN)
                if name is _UNSEEN:
                    name = self.plain(key)
                text = block.get(value, _UNSEEN)
                if text is _UNSEEN:
                    text = self.plain(value)
                if name is not None and text is not None and len(key) <= _KEY_LENGTH:
                    out.append(f"{first}{name}: {text}\n")
                    first = pad
                    continue
            elif self.entry(key, value, first, pad):
                first = pad
                continue
            self.deferred.append((len(out), key, value, first, pad))
            out.append("")
            first = pad

    def entry(self, key: Any, value: Any, first: str, pad: str) -> bool:
        """Write one entry (not a string key with a string value); False when PyYAML must."""
        if type(key) is not str or len(key) > _KEY_LENGTH:
            return False
        name = self.scalar(key)
        if name is None:
            return False
        kind = type(value)
        if kind is dict:
            if not value:
                self.out.append(f"{first}{name}: {{}}\n")
            else:
                self.out.append(f"{first}{name}:\n")
                inner = pad + "  "
                self.mapping(value, inner, inner)
            return True
        if kind is list:
            if _flow_list(value):
                text = self.flow_list(value)
                if text is None:
                    return False
                self.out.append(f"{first}{name}: {text}\n")
                return True
            if not self.sequence_ready(value):
                return False
            self.out.append(f"{first}{name}:\n")
            self.sequence(value, pad)
            return True
        text = self.scalar(value)
        if text is None:
            return False
        self.out.append(f"{first}{name}: {text}\n")
        return True

    def sequence_ready(self, items: list) -> bool:
        """Whether every item of a block sequence is written here (mappings always are)."""
        for item in items:
            kind = type(item)
            if kind is dict:
                continue
            if kind is list:
                if not _flow_list(item) or self.flow_list(item) is None:
                    return False
            elif self.scalar(item) is None:
                return False
        return True

    def sequence(self, items: list, pad: str) -> None:
        dash = pad + "- "
        for item in items:
            kind = type(item)
            if kind is dict:
                if item:
                    self.mapping(item, dash, pad + "  ")
                else:
                    self.out.append(dash + "{}\n")
            elif kind is list:
                self.out.append(f"{dash}{self.flow_list(item)}\n")
            else:
                self.out.append(f"{dash}{self.scalar(item)}\n")

    def fill_deferred(self) -> bool:
        """Render the deferred entries with PyYAML (one call, one single-entry mapping each in a
        sequence) and put each in its place; False when the text is not shaped as expected.

        libyaml ends a document holding a literal block that keeps its final line breaks ("|+")
        with "...". It indents every line after a line break (``\\n``, or one of ``\\r \\x85 \\u2028
        \\u2029`` kept in a quoted scalar) that does not start with another break."""
        text = pyyaml_dump([{key: value} for _, key, value, _, _ in self.deferred])
        if text.endswith("\n...\n"):     # after a literal block keeping its last line breaks ("|+")
            text = text[:-4]
            self.out.append("...\n")
        pieces = _LINE_BREAK.split(text)
        items: list[list[str]] = []
        for at in range(0, len(pieces) - 1, 2):
            line, end = pieces[at], pieces[at + 1]
            if line.startswith("- ") and (at == 0 or pieces[at - 1] == "\n"):
                items.append([line[2:], end])
            elif items and (not line or line.startswith("  ")):
                items[-1].extend((line[2:], end))
            else:
                return False
        if pieces[-1] or len(items) != len(self.deferred):
            return False
        for (index, _, _, first, pad), parts in zip(self.deferred, items):
            parts[0] = first + parts[0]
            for at in range(2, len(parts), 2):
                if parts[at]:
                    parts[at] = pad + parts[at]
            self.out[index] = "".join(parts)
        return True


_LINE_BREAK = re.compile("([\r\n\x85\u2028\u2029])")
