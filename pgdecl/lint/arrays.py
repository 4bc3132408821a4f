"""Array columns: served by GIN, never by B-tree."""

from __future__ import annotations

from collections.abc import Iterator

from pgdecl.catalog.model import Catalog, Index, Table
from pgdecl.lint.core import Finding, Level, LintOptions, rule


def array_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.type.endswith("[]")]


def indexes_on(catalog: Catalog, table: Table) -> list[Index]:
    return [i for k, i in sorted(catalog.indexes.items()) if i.schema == table.schema and i.table == table.name]


@rule("array-btree-index", Level.WARN,
      "a B-tree index on an array column (it cannot serve @>, <@, && or = ANY)")
def array_btree_index(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for table in (catalog.tables[k] for k in sorted(catalog.tables)):
        arrays = set(array_columns(table))
        for index in indexes_on(catalog, table):
            hit = [c for c in index.columns if c in arrays]
            if index.method == "btree" and hit:
                yield array_btree_index.finding(
                    index.key,
                    f"index {index.schema}.{index.name} is a B-tree on array column(s) "
                    f"{', '.join(hit)} of {table.schema}.{table.name}: it serves only whole-array equality, "
                    "not containment (@>) or overlap (&&)",
                    f"make it GIN: `{index.name}: {{using: gin, columns: [{', '.join(hit)}]}}`",
                    index.origin)


@rule("array-without-gin", Level.WARN, "an array column without a GIN index")
def array_without_gin(catalog: Catalog, options: LintOptions) -> Iterator[Finding]:
    for table in (catalog.tables[k] for k in sorted(catalog.tables)):
        indexes = indexes_on(catalog, table)
        gin = {c for i in indexes if i.method == "gin" for c in i.columns}
        btree = {c for i in indexes if i.method == "btree" for c in i.columns}   # reported by array-btree-index
        for column in array_columns(table):
            if column not in gin and column not in btree:
                yield array_without_gin.finding(
                    table.key,
                    f"array column {table.schema}.{table.name}.{column} has no GIN index: "
                    f"`{column} @> ARRAY[...]` scans the whole table",
                    f"add `idx_{table.name}_{column}: {{using: gin, columns: [{column}]}}` under indexes",
                    table.origin)
