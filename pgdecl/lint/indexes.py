"""Indexes: foreign keys without a covering index, indexes that duplicate another."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, Constraint, Index
from pgdecl.lint.core import Finding, Level, LintOptions, rule

_INDEX_NAME = re.compile(r'^(CREATE (?:UNIQUE )?INDEX )("(?:[^"]|"")+"|\S+)( ON )')


def _plain_btree(index: Index) -> bool:
    return index.method == "btree" and index.valid and " WHERE " not in index.definition


def _covers(leading: tuple[str, ...], columns: tuple[str, ...]) -> bool:
    return len(leading) >= len(columns) and set(leading[:len(columns)]) == set(columns)


@rule("fk-without-index", Level.WARN,
      "a foreign key whose columns are not the leading columns of any index")
def fk_without_index(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for key, fk in sorted(catalog.constraints.items()):
        if fk.kind != "f" or not fk.columns:
            continue
        indexes = [i.columns for i in catalog.indexes.values()
                   if i.schema == fk.schema and i.table == fk.table and _plain_btree(i)]
        keys = [c.columns for c in catalog.constraints.values()
                if c.schema == fk.schema and c.table == fk.table and c.kind in ("p", "u")]
        if any(_covers(cols, fk.columns) for cols in indexes + keys):
            continue
        columns = ", ".join(fk.columns)
        target = f"{fk.ref_table.schema}.{fk.ref_table.name}" if fk.ref_table else "its parent"
        table = catalog.tables.get(key._replace(kind="table", name=fk.table, parent=""))
        yield fk_without_index.finding(
            key,
            f"foreign key {fk.name} on {fk.schema}.{fk.table} ({columns}) has no covering index: "
            f"deleting or updating a row of {target} scans {fk.schema}.{fk.table}, and joins on it cannot use an index",
            f"add `idx_{fk.table}_{'_'.join(fk.columns)}: {{columns: [{columns}]}}` under indexes",
            fk.origin or (table.origin if table else None))


def _shape(index: Index) -> str:
    """The definition without the index's own name."""
    return _INDEX_NAME.sub(r"\1\3", index.definition, count=1)


def _same_as_key(index: Index, constraint: Constraint) -> bool:
    return (_plain_btree(index) and index.columns == constraint.columns and " INCLUDE " not in index.definition
            and (not index.unique or constraint.kind in ("p", "u")))


@rule("duplicate-index", Level.WARN,
      "an index with the same definition as another index (or as a primary key / unique constraint)")
def duplicate_index(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    first: dict[str, Index] = {}
    for key in sorted(catalog.indexes):
        index = catalog.indexes[key]
        shape = _shape(index)
        if shape in first:
            same = first[shape]
            yield duplicate_index.finding(
                key,
                f"index {index.schema}.{index.name} duplicates {same.schema}.{same.name} "
                f"(both ON {shape.split(' ON ', 1)[-1]}): every write maintains both",
                f"drop one of them (remove `{index.name}` from the spec)",
                index.origin)
            continue
        first[shape] = index
        for constraint in sorted(catalog.constraints.values(), key=lambda c: c.key):
            if (constraint.schema, constraint.table) == (index.schema, index.table) \
                    and constraint.kind in ("p", "u") and _same_as_key(index, constraint):
                kind = "primary key" if constraint.kind == "p" else "unique constraint"
                yield duplicate_index.finding(
                    key,
                    f"index {index.schema}.{index.name} duplicates the index of {kind} {constraint.name} "
                    f"on {index.schema}.{index.table} ({', '.join(index.columns)}): every write maintains both",
                    f"remove `{index.name}` from the spec; the {kind} already indexes these columns",
                    index.origin)
                break
