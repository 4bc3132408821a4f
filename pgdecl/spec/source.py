"""Spec files: finding them, composing YAML with positions, rejecting duplicate keys, merging."""

from __future__ import annotations

import io
import os
import re
import stat

from collections.abc import Iterable
from pathlib import Path

import yaml

from pgdecl.catalog.model import SourceMark
from pgdecl.spec.errors import SpecError
from pgdecl.spec.fields import NULL_TAG, describe, mark_of
from pgdecl.spec.files import MAX_FILE_BYTES, SUFFIXES, spec_files  # noqa: F401 (part of this module's interface)

# Mappings that several files may each contribute entries to; any other key
# written in two files is the same object defined twice.
MERGEABLE = (
    (), ("extensions",), ("foreign_data_wrappers",), ("servers",), ("user_mappings",), ("schemas",), ("schemas", "*"),
    ("schemas", "*", "tables"), ("schemas", "*", "views"),
    ("schemas", "*", "functions"), ("schemas", "*", "sequences"), ("schemas", "*", "aggregates"),
    ("schemas", "*", "operators"), ("schemas", "*", "operator_families"), ("schemas", "*", "operator_classes"),
    ("schemas", "*", "foreign_tables"),
)


# Limits a hostile or broken file meets before it costs time, memory or a crash (libyaml's
# composer recurses in C: 100,000 nested brackets crash the interpreter). Generous: a
# spec nests about 10 levels; anchors and aliases share small snippets.
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000        # nodes that aliases add, counted as if expanded
_SURROGATE = re.compile("[\ud800-\udfff]")

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
    return compose_text(read_spec_text(path), path)


def compose_text(text: str, path: Path, anchor_lines: set[int] | None = None) -> yaml.MappingNode:
    """The YAML node tree of ``text``, read from ``path``; the 0-based lines where an anchor
    or an alias is are added to ``anchor_lines``."""
    try:
        _check_events(text, path, _Loader, anchor_lines)
        root = _compose(text, path, _Loader)
    except yaml.YAMLError:
        # PyYAML's own parser gives the clearer message (and the same position); it
        # also reads what libyaml refuses, such as a lone surrogate escape
        try:
            if anchor_lines is not None:
                anchor_lines.clear()
            _check_events(text, path, yaml.SafeLoader, anchor_lines)
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


def read_spec_text(path: Path) -> str:
    """The text of a spec file: a regular file (never a FIFO or device) of at most MAX_FILE_BYTES."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SpecError("not a regular file (specs are read from regular files only)", file=str(path))
            with os.fdopen(fd, "rb", closefd=False) as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        finally:
            os.close(fd)
        if len(data) > MAX_FILE_BYTES:
            raise SpecError(f"larger than {MAX_FILE_BYTES // 2**20} MiB, the limit of a spec file", file=str(path))
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read: {exc}", file=str(path)) from None


def _check_events(text: str, path: Path, loader_class: type, anchor_lines: set[int] | None = None) -> None:
    """Before composing: nesting at most MAX_DEPTH, aliases expanding to at most
    MAX_ALIAS_NODES nodes, no lone surrogate (a ``\\ud800`` escape) in a scalar. The
    0-based lines of anchors and aliases are added to ``anchor_lines``."""
    stream = io.StringIO(text)
    stream.name = str(path)
    parser = loader_class(stream)
    parser.name = str(path)
    open_sizes: list[int] = []                   # nodes so far in each open collection
    open_anchors: list[str | None] = []
    anchored: dict[str, int] = {}                # anchor -> nodes of its value, expanded
    expanded = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            size = 0
            if anchor_lines is not None and getattr(event, "anchor", None) is not None:
                anchor_lines.add(event.start_mark.line)
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_sizes) >= MAX_DEPTH:
                    raise _event_error(event, f"nested more than {MAX_DEPTH} levels deep")
                open_sizes.append(1)
                open_anchors.append(event.anchor)
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                size = open_sizes.pop()
                anchor = open_anchors.pop()
                if anchor is not None:
                    anchored[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                if _SURROGATE.search(event.value):
                    raise _event_error(event, "a lone surrogate (an escape such as \\ud800) is not a character")
                size = 1
                if event.anchor is not None:
                    anchored[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                size = anchored.get(event.anchor, 1)
                expanded += size
                if expanded > MAX_ALIAS_NODES:
                    raise _event_error(event, f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes "
                                              "(an alias bomb?)")
            if open_sizes:
                open_sizes[-1] += size
    finally:
        parser.dispose()


def _event_error(event: yaml.Event, problem: str) -> SpecError:
    return SpecError(problem, mark_of(yaml.ScalarNode("", "", event.start_mark, event.end_mark)))


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
