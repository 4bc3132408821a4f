"""Spec files: finding them, composing YAML with positions, rejecting duplicate keys, merging."""

from __future__ import annotations

import io

from collections.abc import Iterable
from pathlib import Path

import yaml

from pgdecl.catalog.model import SourceMark
from pgdecl.spec.errors import SpecError
from pgdecl.spec.fields import NULL_TAG, describe, mark_of
from pgdecl.spec.files import SUFFIXES, spec_files  # noqa: F401 (part of this module's interface)

# Mappings that several files may each contribute entries to; any other key
# written in two files is the same object defined twice.
MERGEABLE = (
    (), ("extensions",), ("schemas",), ("schemas", "*"),
    ("schemas", "*", "tables"), ("schemas", "*", "views"),
    ("schemas", "*", "functions"), ("schemas", "*", "sequences"), ("schemas", "*", "aggregates"),
)


# libyaml's loader is ~10x faster on large specs; same nodes and marks
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, path: Path, loader_class: type) -> yaml.Node | None:
    stream = io.StringIO(text)
    stream.name = str(path)          # libyaml names its marks after the stream
    loader = loader_class(stream)
    loader.name = str(path)          # the pure-Python loader after this attribute
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def compose_file(path: Path) -> yaml.MappingNode:
    """The YAML node tree of one file; marks carry the file name."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read: {exc}", file=str(path)) from None
    try:
        root = _compose(text, path, _Loader)
    except yaml.YAMLError:
        # PyYAML's own parser gives the clearer message (and the same position)
        try:
            root = _compose(text, path, yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            raise _yaml_error(exc, path) from None
        except yaml.YAMLError as exc:
            raise SpecError(f"invalid YAML: {exc}", file=str(path)) from None
    if root is None:
        raise SpecError("the file is empty", SourceMark(str(path), 1, 1))
    if not isinstance(root, yaml.MappingNode):
        raise SpecError(f"expected a mapping at the top level, got {describe(root)}", mark_of(root))
    reject_duplicate_keys(root, "")
    return root


def _yaml_error(exc: yaml.MarkedYAMLError, path: Path) -> SpecError:
    problem = f"invalid YAML: {exc.problem or 'syntax error'}"
    if exc.context:
        problem += f" ({exc.context})"
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return SpecError(problem, file=str(path))
    return SpecError(problem, mark_of(yaml.ScalarNode("", "", mark, mark)))


def reject_duplicate_keys(node: yaml.Node, path: str, seen: set[int] | None = None) -> None:
    """Raise on the second occurrence of a key within one mapping (PyYAML keeps the last)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            reject_duplicate_keys(item, f"{path}[{index}]", seen)
    elif isinstance(node, yaml.MappingNode):
        first: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in first:
                    raise SpecError(f"duplicate key {key.value!r} (first at line {mark_of(first[key.value]).line})",
                                    mark_of(key), path)
                first[key.value] = key
            reject_duplicate_keys(value, _join(path, str(getattr(key, "value", "?"))), seen)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def merge_documents(roots: list[yaml.MappingNode]) -> yaml.MappingNode:
    """Deep-merge the top-level mappings of several files, in order."""
    merged = roots[0]
    for root in roots[1:]:
        merged = _merge_mapping(merged, root, ())
    return merged


def _mergeable(path: tuple[str, ...]) -> bool:
    return any(len(pattern) == len(path) and all(p in ("*", q) for p, q in zip(pattern, path))
               for pattern in MERGEABLE)


def _merge_mapping(first: yaml.MappingNode, second: yaml.MappingNode, path: tuple[str, ...]) -> yaml.MappingNode:
    entries = list(first.value)
    index = {key.value: position for position, (key, _) in enumerate(entries) if isinstance(key, yaml.ScalarNode)}
    for key, value in second.value:
        position = index.get(key.value) if isinstance(key, yaml.ScalarNode) else None
        if position is None:
            index[key.value] = len(entries)
            entries.append((key, value))
            continue
        first_key, first_value = entries[position]
        entries[position] = (first_key, _merge_value(first_key, first_value, key, value, path + (key.value,)))
    return yaml.MappingNode(first.tag, entries, first.start_mark, first.end_mark, first.flow_style)


def _merge_value(first_key: yaml.Node, first: yaml.Node, second_key: yaml.Node, second: yaml.Node,
                 path: tuple[str, ...]) -> yaml.Node:
    if path == ("extensions",):
        first, second = _as_mapping(first, path), _as_mapping(second, path)
    if _mergeable(path) and isinstance(first, yaml.MappingNode) and isinstance(second, yaml.MappingNode):
        return _merge_mapping(first, second, path)
    if _mergeable(path) and _is_empty(first):
        return second
    if _mergeable(path) and _is_empty(second):
        return first
    if len(path) == 1 and isinstance(first, yaml.ScalarNode) and isinstance(second, yaml.ScalarNode) \
            and first.value == second.value:
        return first
    raise SpecError(f"defined twice (first at {mark_of(first_key)})", mark_of(second_key), ".".join(path))


def _is_empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG


def _as_mapping(node: yaml.Node, path: tuple[str, ...]) -> yaml.Node:
    """A list of extension names as a mapping name -> nothing, so lists and mappings merge."""
    if not isinstance(node, yaml.SequenceNode):
        return node
    entries = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode):
            raise SpecError(f"expected an extension name, got {describe(item)}", mark_of(item), ".".join(path))
        empty = yaml.ScalarNode(NULL_TAG, "", item.start_mark, item.end_mark)
        entries.append((item, empty))
    return yaml.MappingNode("tag:yaml.org,2002:map", entries, node.start_mark, node.end_mark)
