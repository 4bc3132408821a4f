"""Indexes of tables and materialized views."""

from __future__ import annotations

import re

from pgdecl.catalog.model import Index
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document
from pgdecl.spec.names import split_top_level


def indexes(ctx: ExportContext, schema: str, relation: str) -> Document:
    found = sorted(ctx.on_relation("indexes", schema, relation), key=lambda i: i.name)
    result: Document = {}
    for index in found:
        body = index_body(index)
        if index.comment is not None:
            body["comment"] = index.comment
        result[index.name] = body
    return result


_INDEX_TAIL = re.compile(r"^USING (?P<method>\w+) \((?P<elements>.*?)\)(?P<rest>.*)$", re.DOTALL)


def index_body(index: Index) -> Document:
    """The simplest exact encoding of an index: columns when the keys are plain columns,
    else the raw ``definition:`` (everything after the table name in pg_get_indexdef)."""
    tail = _index_tail(index.shape, index.name)     # storage parameters apart: `with:`
    body: Document = {}
    if index.unique:
        body["unique"] = True
    parsed = _INDEX_TAIL.match(tail)
    if parsed:
        elements = [e.strip() for e in split_top_level(parsed["elements"])]
        rest = parsed["rest"]
        where = None
        if rest.startswith(" WHERE (") and rest.endswith(")"):
            where, rest = rest[len(" WHERE ("):-1], ""
        plain = all(re.fullmatch(r"[a-z_][a-z0-9_$]*", e) for e in elements) and \
            list(index.columns) == elements
        if plain and not rest:
            if parsed["method"] != "btree":
                body["using"] = parsed["method"]
            body["columns"] = elements
            if index.options:
                body["with"] = dict(option.partition("=")[::2] for option in index.options)
            if where is not None:
                body["where"] = where
            return body
    body["definition"] = _index_tail(index.definition, index.name)
    return body


def _index_tail(definition: str, name: str) -> str:
    """``USING btree (a) WITH (…) WHERE (…)``: what follows the table in pg_get_indexdef."""
    on = definition.index(" ON ", len("CREATE INDEX ") + len(name))
    return definition[definition.index(" USING ", on) + 1:]
