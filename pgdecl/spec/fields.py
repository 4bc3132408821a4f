"""Field kinds: data-driven validation of composed YAML nodes into spec values."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, fields as dataclass_fields
from typing import Any, NoReturn

import yaml

from pgdecl.catalog.model import SourceMark
from pgdecl.spec.errors import SpecError
from pgdecl.spec.names import check_length, parse_call

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"

_TRUE = {"true", "yes", "on", "y"}


def mark_of(node: yaml.Node) -> SourceMark:
    """The 1-based position where ``node`` starts."""
    return SourceMark(node.start_mark.name, node.start_mark.line + 1, node.start_mark.column + 1)


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG


def describe(node: yaml.Node) -> str:
    """How a value appears in messages: ``'yes please'``, ``a mapping``, ``a list``, ``nothing``."""
    if is_null(node):
        return "nothing"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value)


@dataclass(frozen=True)
class Site:
    """Where a value is being read: its dotted path, the object's mark, and its name if keyed."""

    path: str
    origin: SourceMark
    name: str = ""

    def child(self, key: str, origin: SourceMark, named: bool = False) -> Site:
        """The site of ``key`` under this one; ``named`` when the key names an object."""
        return Site(f"{self.path}.{key}" if self.path else key, origin, key if named else "")

    def fail(self, node: yaml.Node, problem: str) -> NoReturn:
        raise SpecError(problem, mark_of(node), self.path)


class Kind:
    """How one value is checked and converted."""

    expected = "a value"

    def convert(self, node: yaml.Node, site: Site) -> Any:
        raise NotImplementedError

    def wrong(self, node: yaml.Node, site: Site) -> NoReturn:
        site.fail(node, f"expected {self.expected}, got {describe(node)}")


class Text(Kind):
    """Any scalar, as written (``default: 0`` is the text ``'0'``)."""

    def __init__(self, expected: str = "a string", allow_empty: bool = False) -> None:
        self.expected = expected
        self.allow_empty = allow_empty

    def convert(self, node: yaml.Node, site: Site) -> str:
        if not isinstance(node, yaml.ScalarNode) or is_null(node):
            self.wrong(node, site)
        if not self.allow_empty and not node.value.strip():
            site.fail(node, f"expected {self.expected}, got an empty string")
        return str(node.value)


class Name(Text):
    """A name of something in PostgreSQL (``schema.name`` and quotes allowed): each part at
    most 63 bytes, as PostgreSQL keeps it."""

    def __init__(self, expected: str = "a name") -> None:
        super().__init__(expected)

    def convert(self, node: yaml.Node, site: Site) -> str:
        text = super().convert(node, site)
        try:
            try:
                parts = parse_call(text).parts
            except ValueError as exc:
                if "bytes long" in str(exc):
                    raise
                parts = (text,)
            for part in parts:
                check_length(part)
        except ValueError as exc:
            site.fail(node, str(exc))
        return text


class Boolean(Kind):
    expected = "a boolean"

    def convert(self, node: yaml.Node, site: Site) -> bool:
        if not isinstance(node, yaml.ScalarNode) or node.tag != BOOL_TAG:
            self.wrong(node, site)
        return node.value.lower() in _TRUE


class Integer(Kind):
    expected = "an integer"

    def convert(self, node: yaml.Node, site: Site) -> int:
        if not isinstance(node, yaml.ScalarNode) or node.tag != INT_TAG:
            self.wrong(node, site)
        return int(yaml.constructor.SafeConstructor().construct_yaml_int(node))


class Choice(Kind):
    """One word of a closed set, case-insensitive; converted to lower case."""

    def __init__(self, noun: str, options: Sequence[str]) -> None:
        self.noun = noun
        self.options = tuple(options)
        self.expected = "one of: " + ", ".join(self.options)

    def convert(self, node: yaml.Node, site: Site) -> str:
        if not isinstance(node, yaml.ScalarNode) or is_null(node):
            self.wrong(node, site)
        word = " ".join(str(node.value).lower().split())
        if word not in self.options:
            site.fail(node, f"unknown {self.noun} {node.value!r} ({self.expected_list()})")
        return word

    def expected_list(self) -> str:
        return f"expected one of: {', '.join(self.options)}"


class Nothing(Kind):
    expected = "nothing"

    def convert(self, node: yaml.Node, site: Site) -> None:
        if not is_null(node):
            self.wrong(node, site)
        return None


class Mapped(Kind):
    """Another kind's value passed through ``build(value, site)``; ValueError becomes a SpecError."""

    def __init__(self, kind: Kind, build: Callable[[Any, Site], Any], expected: str | None = None) -> None:
        self.kind = kind
        self.build = build
        self.expected = expected or kind.expected

    def convert(self, node: yaml.Node, site: Site) -> Any:
        value = self.kind.convert(node, site)
        try:
            return self.build(value, site)
        except ValueError as exc:
            site.fail(node, str(exc))


class ListOf(Kind):
    """A YAML list (a lone scalar too when ``single``), converted to a tuple."""

    def __init__(self, item: Kind, single: bool = False, nonempty: bool = True) -> None:
        self.item = item
        self.single = single
        self.nonempty = nonempty
        self.expected = f"a list of {_plural(item.expected)}"

    def convert(self, node: yaml.Node, site: Site) -> tuple[Any, ...]:
        if self.single and isinstance(node, yaml.ScalarNode) and not is_null(node):
            return (self.item.convert(node, site),)
        if not isinstance(node, yaml.SequenceNode):
            self.wrong(node, site)
        if self.nonempty and not node.value:
            site.fail(node, f"expected {self.expected}, got an empty list")
        return tuple(
            self.item.convert(item, Site(f"{site.path}[{index}]", mark_of(item)))
            for index, item in enumerate(node.value)
        )


def _plural(expected: str) -> str:
    for article in ("a ", "an "):
        if expected.startswith(article):
            return expected[len(article):] + "s"
    return expected


class Either(Kind):
    """Dispatch on the node's shape: scalar, mapping, list or null."""

    def __init__(self, *, scalar: Kind | None = None, mapping: Kind | None = None,
                 sequence: Kind | None = None, null: Kind | None = None, expected: str) -> None:
        self.scalar, self.mapping, self.sequence, self.null = scalar, mapping, sequence, null
        self.expected = expected

    def convert(self, node: yaml.Node, site: Site) -> Any:
        if is_null(node):
            kind = self.null
        elif isinstance(node, yaml.MappingNode):
            kind = self.mapping
        elif isinstance(node, yaml.SequenceNode):
            kind = self.sequence
        else:
            kind = self.scalar
        if kind is None:
            self.wrong(node, site)
        return kind.convert(node, site)


def _entries(node: yaml.Node, site: Site, kind: Kind) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        kind.wrong(node, site)
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or is_null(key) or not str(key.value).strip():
            site.fail(key, f"expected a name as key, got {describe(key)}")
    return list(node.value)


class Prepared(yaml.Node):
    """An entry's value converted by an earlier run (``spec/chunks.py``): taken as it is."""

    id = "prepared"

    def __init__(self, value: Any, start_mark: Any, end_mark: Any) -> None:
        super().__init__("", value, start_mark, end_mark)


# while spec/chunks.py collects them: id of an entry's value node -> (its name, its value
# converted); per thread (reconcile loads specs in several at once)
converted_entries: ContextVar[dict[int, tuple[str, Any]] | None] = ContextVar("converted_entries", default=None)


class NamedMap(Kind):
    """A mapping of name -> value (tables, columns, grants ...).

    ``check_key`` may reject a key (ValueError) or return it normalized. Keys are names
    of PostgreSQL objects, at most 63 bytes, unless ``names`` is false.
    """

    def __init__(self, value: Kind, noun: str = "value",
                 check_key: Callable[[str], str] | None = None, names: bool = True) -> None:
        self.value = value
        self.check_key = check_key
        self.names = names
        self.expected = f"a mapping of {noun} names"

    def convert(self, node: yaml.Node, site: Site) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first: dict[str, yaml.Node] = {}
        for key, value in _entries(node, site, self):
            name = str(key.value)
            if self.check_key or self.names:
                try:
                    if self.names:
                        check_length(name)
                    if self.check_key:
                        name = self.check_key(name)
                except ValueError as exc:
                    site.child(name, mark_of(key)).fail(key, str(exc))
            if name in first:
                site.fail(key, f"{name!r} defined twice (first at {mark_of(first[name])})")
            first[name] = key
            if type(value) is Prepared:
                result[name] = value.value
                continue
            result[name] = self.value.convert(value, site.child(name, mark_of(key), named=True))
            collected = converted_entries.get()
            if collected is not None:
                collected[id(value)] = (name, result[name])
        return result


@dataclass(frozen=True)
class Field:
    """One allowed key of a record: its kind, the dataclass attribute, whether required."""

    kind: Kind
    attr: str = ""
    required: bool = False


class RecordSite:
    """What a record's cross-field check sees: the nodes by key, and a way to fail at one."""

    def __init__(self, node: yaml.MappingNode, site: Site) -> None:
        self.node = node
        self.site = site
        self.nodes = {str(key.value): (key, value) for key, value in node.value}

    def fail(self, problem: str, key: str | None = None) -> NoReturn:
        if key in self.nodes:
            key_node, value_node = self.nodes[key]
            self.site.child(key, mark_of(key_node)).fail(value_node, problem)
        self.site.fail(self.node, problem)


@dataclass
class Record(Kind):
    """A mapping with a fixed set of keys, built into dataclass ``cls``.

    ``name`` and ``origin`` dataclass fields are filled from the site; ``check`` runs
    cross-field rules after the object is built.
    """

    cls: type
    keys: Mapping[str, Field]
    check: Callable[[Any, RecordSite], None] | None = None
    expected: str = "a mapping"
    _attrs: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        self._attrs = frozenset(f.name for f in dataclass_fields(self.cls))

    def convert(self, node: yaml.Node, site: Site) -> Any:
        values: dict[str, Any] = {}
        for key, value in _entries(node, site, self):
            name = str(key.value)
            spec = self.keys.get(name)
            if spec is None:
                site.fail(key, f"unknown key {name!r} ({self._suggest(name)})")
            values[spec.attr or name] = spec.kind.convert(value, site.child(name, mark_of(value)))
        for name, spec in self.keys.items():
            if spec.required and (spec.attr or name) not in values:
                site.fail(node, f"missing required key {name!r}")
        if "name" in self._attrs and "name" not in values and site.name:
            values["name"] = site.name
        if "origin" in self._attrs:
            values["origin"] = site.origin
        built = self.cls(**values)
        if self.check:
            self.check(built, RecordSite(node, site))
        return built

    def _suggest(self, name: str) -> str:
        close = difflib.get_close_matches(name, list(self.keys), n=1, cutoff=0.6)
        if close:
            return f"did you mean {close[0]!r}?"
        return "allowed keys: " + ", ".join(self.keys)
