"""Schemas marked ``managed: false``: a schema the spec does not own (a platform's: Supabase's
``auth`` and ``storage``) in which it manages only the objects it lists.

There, a table lists only ``policies:`` and ``triggers:`` (its columns, constraints,
indexes, row level security, grants and owner stay the platform's), and ``functions:``
are the project's own functions in that schema. Objects are compared by name with what the
spec lists: listed ones are created and altered; one the spec does not list is never
touched; a policy or trigger written ``{absent: true}`` is dropped if it exists. pgdecl
cannot know which objects an earlier spec listed, so it never drops anything there
it is not told to.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import yaml

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec.errors import SpecError
from pgdecl.spec.fields import Boolean, Field, Kind, Record, Site
from pgdecl.spec.model import SchemaSpec, TableSpec

NOWHERE = SourceMark("", 0, 0)


@dataclass(frozen=True)
class AbsentSpec:
    """``name: {absent: true}``: the object must not exist."""

    name: str
    absent: bool = True
    origin: SourceMark = NOWHERE


_ABSENT = Record(AbsentSpec, {"absent": Field(Boolean(), required=True)})


class AbsentOr(Kind):
    """``{absent: true}``, or the object as ``kind`` describes it."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.expected = kind.expected

    def convert(self, node: yaml.Node, site: Site) -> Any:
        if isinstance(node, yaml.MappingNode) and any(str(key.value) == "absent" for key, _ in node.value):
            if len(node.value) != 1:
                site.fail(node, "absent: true says the object must not exist; it takes no other key")
            absent = _ABSENT.convert(node, site)
            if not absent.absent:
                site.fail(node, "absent: false is not a thing: describe the object, or write absent: true")
            return absent
        return self.kind.convert(node, site)


# what a table of a ``managed: false`` schema may list
_TABLE_KEYS = ("policies", "triggers")


def _table_problem(table: TableSpec) -> str | None:
    empty = TableSpec(table.name)
    extra = [f.name for f in dataclasses.fields(TableSpec)
             if f.name not in ("name", "origin", *_TABLE_KEYS) and getattr(table, f.name) != getattr(empty, f.name)]
    if extra:
        return (f"table {table.name} is in a managed: false schema: it lists only policies and triggers "
                f"(its {extra[0].replace('_', ' ')} belong to the schema's owner)")
    return None


def settle(schema: SchemaSpec, site: Site) -> SchemaSpec:
    """The schema with its ``absent`` entries taken out of its tables into ``schema.absent``;
    errors for what a ``managed: false`` schema cannot hold, and for ``absent`` elsewhere."""
    path = site.path
    absent: list[ObjectKey] = []
    tables = {}
    for table in schema.tables.values():
        policies, triggers = {}, {}
        for kind, objects, kept in (("policy", table.policies, policies), ("trigger", table.triggers, triggers)):
            for name, obj in objects.items():
                if isinstance(obj, AbsentSpec):
                    if schema.managed:
                        raise SpecError(f"absent: true is for objects of a managed: false schema (in a managed schema, "
                                        f"leave the {kind} out to drop it)", obj.origin,
                                        f"{path}.tables.{table.name}")
                    absent.append(ObjectKey(kind, schema.name, name, table.name))
                else:
                    kept[name] = obj
        # the same object when nothing was taken out (spec/chunks.py reuses its statements)
        unchanged = len(policies) == len(table.policies) and len(triggers) == len(table.triggers)
        tables[table.name] = table if unchanged else dataclasses.replace(table, policies=policies, triggers=triggers)
        if not schema.managed:
            problem = _table_problem(table)
            if problem:
                raise SpecError(problem, table.origin, f"{path}.tables.{table.name}")
    if not schema.managed:
        for key in ("comment", "grants", "grantees", "types", "sequences", "aggregates", "views", "default_privileges"):
            value = getattr(schema, key)
            if value not in (None, (), {}):
                raise SpecError(f"schema {schema.name} is managed: false: it lists only tables (their policies and "
                                f"triggers) and functions, not {key}", schema.origin, path)
    return dataclasses.replace(schema, tables=tables, absent=tuple(absent))


def listed_keys(schema: SchemaSpec) -> frozenset[ObjectKey]:
    """The keys (as the spec writes them) a ``managed: false`` schema lists, absent ones included."""
    keys = set(schema.absent)
    for table in schema.tables.values():
        keys |= {ObjectKey("policy", schema.name, name, table.name) for name in table.policies}
        keys |= {ObjectKey("trigger", schema.name, name, table.name) for name in table.triggers}
    keys |= {ObjectKey("function", schema.name, name) for name in schema.functions}
    return frozenset(keys)
