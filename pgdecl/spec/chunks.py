"""Spec files read in part: after an edit, only the objects whose text changed are parsed,
validated and rendered again.

A file's *index* (``FileIndex``, kept by ``cache.load_spec``) holds the text of the file as
last read and, for each object entry (``schemas.<schema>.<kind>.<name>``, the kinds in
``CHUNKED``): the lines it spans and its value as converted, with its statements when
render_ddl builds them from the object alone (``ddl.RENDERERS``), pickled.

The next read of the file looks for each entry's lines in its new text. An entry whose
lines are found there unchanged, with the line that ends it (or at the end of the file
in both), is the same text, so it has the same value: its lines but the key's are blanked
out of what is composed, and its value is the one kept, its positions moved by the lines
added or removed before it. (The value of a block entry is its lines and the key's
column; what ends it is the next line at that column or less, which it has too.) What is composed must show each such key
where it was (same path, line and column) with nothing after it; if not, the file is
composed whole. Entries with an anchor or an alias are never kept (an alias's value is
elsewhere), nor are those of a file with line breaks other than ``\\n``.

Everything else (the checks across objects, the origins, the rename hints) runs on the
whole spec every time, as ``load_spec`` does: the spec is the same, object for object
(``tests/test_spec_chunks.py`` compares them after random edits).
"""

from __future__ import annotations

import dataclasses
import io
import pickle
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from pgdecl.catalog.model import SourceMark
from pgdecl.spec import fields
from pgdecl.spec.ddl import RENDERERS
from pgdecl.spec.errors import SpecError
from pgdecl.spec.fields import Prepared
from pgdecl.spec.files import spec_files
from pgdecl.spec.loader import build_spec
from pgdecl.spec.model import Spec
from pgdecl.spec.source import compose_text, read_spec_text

# the kinds of ``schemas.<schema>.<kind>`` whose entries are kept one by one
CHUNKED = ("types", "sequences", "functions", "aggregates", "tables", "views")
# line breaks other than \n (YAML's and str.splitlines' lists differ): such a file is read whole
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NOTHING_AFTER_KEY = re.compile(r"[ \t]*:[ \t]*(#.*)?")


@dataclasses.dataclass(slots=True)
class Chunk:
    """One object entry of a file."""

    schema: str
    kind: str
    key: str                 # as written
    name: str                # as the spec keys it (a function's signature normalized)
    start: int               # 0-based line of the key
    end: int                 # 0-based line that ends the entry (the next at the key's indentation or less)
    column: int              # 0-based column of the key
    base: int                # the line of the key when ``blob`` was made (its positions are for that line)
    blob: bytes              # the pickled (value, statements or None)
    # where its lines start[start:end + 1], joined, are in the text: found there without
    # splitting the whole text into lines again (at 5,000 tables, 220,000 of them: 20 MB)
    offset: int = 0
    length: int = 0


@dataclasses.dataclass(slots=True)
class FileIndex:
    text: str
    chunks: tuple[Chunk, ...]


@dataclasses.dataclass(slots=True)
class _Kept:
    chunk: Chunk
    delta: int
    value: Any
    statements: list[Any] | None


def load(paths: str | Path | Iterable[str | Path], index_of: Callable[[Path], FileIndex | None],
         dumps: Callable[[Any], bytes]) -> tuple[Spec, dict[Path, FileIndex]]:
    """The spec of ``paths`` (as ``load_spec``) and the new index of each of its files, reusing
    what ``index_of(path)`` gives; ``dumps`` pickles an entry."""
    files = spec_files(paths)
    read = []
    collected: dict[int, tuple[str, Any]] = {}
    token = fields.converted_entries.set(collected)
    try:
        for path in files:
            text = read_spec_text(path)
            # None: line breaks other than \n, the file is read whole and indexes nothing
            lines = None if _OTHER_BREAKS.search(text) else text.split("\n")
            root, kept, anchors = _compose(path, text, lines, index_of(path))
            read.append((path, text, lines, root, kept, anchors))
        spec = build_spec(files, [root for _, _, _, root, _, _ in read])
    finally:
        fields.converted_entries.reset(token)
    indexes = {}
    for path, text, lines, root, kept, anchors in read:
        indexes[path] = _index(text, lines, root, kept, anchors, collected, spec, dumps)
    return spec, indexes


def _compose(path: Path, text: str, new: list[str] | None,
             index: FileIndex | None) -> tuple[yaml.MappingNode, dict[int, _Kept], set[int]]:
    """The file's YAML, with the entries the index still holds as ``Prepared`` values; those
    entries by the id of their ``Prepared`` node; the lines with an anchor or alias."""
    anchors: set[int] = set()
    if index is None or new is None or _OTHER_BREAKS.search(index.text):
        return compose_text(text, path, anchors), {}, anchors
    keep = _unchanged(index.chunks, index.text, text, new)
    if not keep:
        return compose_text(text, path, anchors), {}, anchors
    lines = list(new)
    for chunk, delta in keep:
        for line in range(chunk.start + delta + 1, chunk.end + delta):
            lines[line] = ""
    try:
        root = compose_text("\n".join(lines), path, anchors)
    except SpecError:            # reported from the whole text
        anchors.clear()
        return compose_text(text, path, anchors), {}, anchors
    slots = _slots(root)
    kept: dict[int, _Kept] = {}
    placed = []
    for chunk, delta in keep:
        slot = slots.get((chunk.schema, chunk.kind, chunk.key))
        if slot is None:
            break
        mapping, position = slot
        key, value = mapping.value[position]
        if key.start_mark.line != chunk.start + delta or key.start_mark.column != chunk.column \
                or not isinstance(value, yaml.ScalarNode) or value.tag != fields.NULL_TAG or value.value != "":
            break
        placed.append((chunk, delta, mapping, position, key, value))
    else:
        for chunk, delta, mapping, position, key, value in placed:
            obj, statements = _loads(chunk.blob, chunk.start + delta - chunk.base)
            node = Prepared(obj, value.start_mark, value.end_mark)
            mapping.value[position] = (key, node)
            kept[id(node)] = _Kept(chunk, delta, obj, statements)
        return root, kept, anchors
    anchors.clear()
    return compose_text(text, path, anchors), {}, anchors


def _unchanged(chunks: Iterable[Chunk], old: str, text: str, new: list[str]) -> list[tuple[Chunk, int]]:
    """The chunks of the old text whose lines, and the line that ends them, the new text
    (``text``, split into ``new``) has too (or that end both texts), with how far they moved."""
    if old == text:
        return [(chunk, 0) for chunk in chunks]
    chunks = list(chunks)
    old_lines = old.count("\n") + 1

    def key_line(chunk: Chunk) -> str:
        stop = old.find("\n", chunk.offset)
        return old[chunk.offset:stop if stop >= 0 else len(old)]

    key_lines = {chunk.offset: key_line(chunk) for chunk in chunks}
    wanted = set(key_lines.values())
    at: dict[str, list[int]] = {}
    for number, line in enumerate(new):
        if line in wanted:
            at.setdefault(line, []).append(number)
    keep = []
    taken: set[int] = set()
    for chunk in chunks:
        length = chunk.end - chunk.start
        at_end = chunk.end == old_lines
        lines = old[chunk.offset:chunk.offset + chunk.length]
        # where it was, moved by the lines added or removed before it, is tried first
        for start in sorted(at.get(key_lines[chunk.offset], ()), key=lambda line: abs(line - chunk.start)):
            if start in taken or (at_end and start + length != len(new)):
                continue
            if "\n".join(new[start:start + length + 1]) == lines:
                keep.append((chunk, start - chunk.start))
                taken.add(start)
                break
    return keep


def _slots(root: yaml.MappingNode) -> dict[tuple[str, str, str], tuple[yaml.MappingNode, int]]:
    """(schema, kind, key) → (the mapping of that kind, the entry's position in it)."""
    slots = {}
    for key, schemas in root.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == "schemas" and isinstance(schemas, yaml.MappingNode)):
            continue
        for schema_key, schema in schemas.value:
            if not (isinstance(schema_key, yaml.ScalarNode) and isinstance(schema, yaml.MappingNode)):
                continue
            for kind_key, objects in schema.value:
                if not (isinstance(kind_key, yaml.ScalarNode) and kind_key.value in CHUNKED
                        and isinstance(objects, yaml.MappingNode)):
                    continue
                for position, (entry_key, _) in enumerate(objects.value):
                    if isinstance(entry_key, yaml.ScalarNode):
                        slots[(schema_key.value, kind_key.value, entry_key.value)] = (objects, position)
    return slots


def _index(text: str, lines: list[str] | None, root: yaml.MappingNode, kept: dict[int, _Kept],
           anchors: set[int], collected: dict[int, tuple[str, Any]], spec: Spec,
           dumps: Callable[[Any], bytes]) -> FileIndex:
    """The file's new index: the entries kept, where they are now, and those read now."""
    chunks = []
    place = _placer(lines) if lines is not None else None
    for (schema, kind, written), (mapping, position) in _slots(root).items():
        key, value = mapping.value[position]
        found = kept.get(id(value))
        if found is not None:
            chunk = found.chunk
            moved = dataclasses.replace(chunk, start=chunk.start + found.delta, end=chunk.end + found.delta)
            statements = found.statements
            if statements is None:
                statements = _render(spec, schema, kind, chunk.name, found.value)
                if statements is not None:      # kept with them from now on
                    moved.base, moved.blob = moved.start, dumps((found.value, statements))
            elif _object(spec, schema, kind, chunk.name) is found.value:
                spec.rendered[(kind, schema, chunk.name)] = (found.value, statements)
            if place is None:
                continue
            moved.offset, moved.length = place(moved.start, moved.end)
            chunks.append(moved)
            continue
        if lines is None or id(value) not in collected:
            continue
        extent = _extent(lines, key, value, anchors)
        if extent is None:
            continue
        name, obj = collected[id(value)]
        statements = _render(spec, schema, kind, name, obj)
        chunks.append(Chunk(schema, kind, written, name, key.start_mark.line, extent, key.start_mark.column,
                            key.start_mark.line, dumps((obj, statements)), *place(key.start_mark.line, extent)))
    return FileIndex(text, tuple(chunks))


def _placer(lines: list[str]) -> Callable[[int, int], tuple[int, int]]:
    """(start, end) → where lines[start:end + 1], joined, are in the text (offset, length)."""
    ends = list(accumulate(map(len, lines)))         # characters up to each line's end, breaks not counted

    def place(start: int, end: int) -> tuple[int, int]:
        last = min(end, len(lines) - 1)
        offset = (ends[start - 1] if start else 0) + start
        return offset, ends[last] + last - offset
    return place


def _extent(lines: list[str], key: yaml.Node, value: yaml.Node, anchors: set[int]) -> int | None:
    """The line that ends the entry of ``key`` (the next line, not blank nor a comment, at the
    key's indentation or less), or None if it is not one to keep: something after the key on
    its line, a value reaching past that line, an anchor or an alias in it."""
    start, column = key.start_mark.line, key.start_mark.column
    if key.end_mark.line != start or not _NOTHING_AFTER_KEY.fullmatch(lines[start][key.end_mark.column:]):
        return None
    end = start + 1
    terminator_column = 0
    while end < len(lines):
        line = lines[end]
        stripped = line.lstrip(" ")
        if stripped.strip(" \t") and not stripped.startswith("#"):
            indent = len(line) - len(stripped)
            if indent <= column:
                terminator_column = indent
                break
        end += 1
    if end < len(lines) and (value.end_mark.line, value.end_mark.column) > (end, terminator_column):
        return None
    if any(line in anchors for line in range(start, end)):
        return None
    return end


def _object(spec: Spec, schema: str, kind: str, name: str) -> Any:
    found = spec.schemas.get(schema)
    return None if found is None else getattr(found, kind).get(name)


def _render(spec: Spec, schema: str, kind: str, name: str, obj: Any) -> list[Any] | None:
    """The statements of ``obj`` if render_ddl builds it from itself alone: an object of a
    managed schema the spec holds as converted (``grantees`` makes another, with more grants)."""
    if kind not in RENDERERS or _object(spec, schema, kind, name) is not obj or not spec.schemas[schema].managed:
        return None
    statements = list(RENDERERS[kind][1](schema, obj))
    spec.rendered[(kind, schema, name)] = (obj, statements)
    return statements


_TUPLE_NEW = tuple.__new__


@lru_cache(maxsize=256)
def _moved_mark(delta: int) -> type:
    """A stand-in for SourceMark in an entry's pickle: builds a SourceMark ``delta`` lines on."""

    def new(cls: type, file: str, line: int, column: int) -> SourceMark:
        return SourceMark(file, line + delta, column)

    return type("MovedSourceMark", (SourceMark,), {"__new__": new, "__slots__": (), "delta": delta})


class _Moved(pickle.Unpickler):
    """Unpickles an entry with its positions moved by ``delta`` lines (a named tuple is
    pickled as a call of its class, or of ``tuple.__new__`` with its class and values)."""

    def __init__(self, data: bytes, delta: int) -> None:
        super().__init__(io.BytesIO(data))
        self.delta = delta

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        if found is SourceMark:
            return _moved_mark(self.delta)
        if found is _TUPLE_NEW:
            return _new_tuple
        if found is getattr:                # how pickle names tuple.__new__: getattr(tuple, "__new__")
            return _getattr
        return found


def _getattr(obj: Any, name: str) -> Any:
    found = getattr(obj, name)
    return _new_tuple if found is _TUPLE_NEW else found


def _new_tuple(cls: type, values: tuple[Any, ...]) -> Any:
    if cls is not SourceMark and issubclass(cls, SourceMark):        # a _moved_mark
        return SourceMark(values[0], values[1] + cls.delta, values[2])  # type: ignore[attr-defined]
    return _TUPLE_NEW(cls, values)


def _loads(blob: bytes, delta: int) -> Any:
    return pickle.loads(blob) if delta == 0 else _Moved(blob, delta).load()
