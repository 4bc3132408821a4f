"""Publications in the spec: the top-level ``publications:`` key, and the DDL that builds them.

A publication is database-wide (it has no schema). The spec manages the publications it
names and no other: one it does not list is left alone, and one it lists with
``absent: true`` is dropped if it exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from psycopg import sql

from pgdecl.catalog.model import PUBLISH_ACTIONS, ObjectKey, SourceMark
from pgdecl.spec import sqlcheck
from pgdecl.spec.fields import Boolean, Choice, Either, Field, ListOf, Mapped, Name, NamedMap, Nothing, Record, \
    RecordSite, Site, Text
from pgdecl.spec.names import parse_call
from pgdecl.spec.trusted import trusted_sql

NOWHERE = SourceMark("", 0, 0)


@dataclass(frozen=True)
class PublicationTableSpec:
    """One table of a publication: ``schema.table`` with an optional column list and row filter."""

    name: str                            # the key as written: schema.table
    columns: tuple[str, ...] | None = None
    where: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def qualified(self) -> tuple[str, str]:
        schema, table = parse_call(self.name).parts
        return schema, table


@dataclass(frozen=True)
class PublicationSpec:
    name: str
    all_tables: bool = False
    tables: dict[str, PublicationTableSpec] = field(default_factory=dict)
    tables_in_schema: tuple[str, ...] = ()
    publish: tuple[str, ...] | None = None          # None: PostgreSQL's default, every action
    publish_via_partition_root: bool = False
    comment: str | None = None
    absent: bool = False                 # the publication must not exist: dropped if it does
    origin: SourceMark = NOWHERE

    @property
    def key(self) -> ObjectKey:
        return ObjectKey("publication", "", self.name)

    @property
    def pg15(self) -> list[str]:
        """What of it needs PostgreSQL 15 or later, in words (empty: any version)."""
        needs = ["tables_in_schema"] if self.tables_in_schema else []
        needs += [f"the row filter (where) of {t.name}" for t in self.tables.values() if t.where is not None]
        needs += [f"the column list of {t.name}" for t in self.tables.values() if t.columns is not None]
        return needs


def _qualified_table(text: str) -> str:
    try:
        call = parse_call(text)
    except ValueError as exc:
        raise ValueError(f"expected schema.table: {exc}") from None
    if len(call.parts) != 2 or call.inner is not None:
        raise ValueError(f"expected schema.table (a publication is not in a schema: name the table's), got {text!r}")
    return text


_TABLE_OPTIONS = Record(PublicationTableSpec, {
    "columns": Field(ListOf(Name(), single=True)),
    "where": Field(Mapped(Text("an SQL expression"), lambda text, site: sqlcheck.expression(text))),
}, expected="a mapping with columns, where")

_TABLES = Either(
    sequence=Mapped(ListOf(Mapped(Text("schema.table"), lambda text, site: _qualified_table(text))),
                    lambda names, site: _table_list(names, site)),
    mapping=NamedMap(Either(null=Mapped(Nothing(), lambda _, site: PublicationTableSpec(site.name, origin=site.origin)),
                            mapping=_TABLE_OPTIONS, expected="{columns, where} or nothing"),
                     "table", check_key=_qualified_table, names=False),
    expected="a list of schema.table names, or a mapping of them to {columns, where}",
)


def _table_list(names: tuple[str, ...], site: Site) -> dict[str, PublicationTableSpec]:
    tables: dict[str, PublicationTableSpec] = {}
    for name in names:
        if name in tables:
            raise ValueError(f"table {name!r} listed twice")
        tables[name] = PublicationTableSpec(name, origin=site.origin)
    return tables


def _check(publication: PublicationSpec, at: RecordSite) -> None:
    if publication.absent:
        for key in at.nodes:
            if key != "absent":
                at.fail("absent: true says the publication must not exist; it takes no other key", key)
        return
    if publication.all_tables and (publication.tables or publication.tables_in_schema):
        at.fail("all_tables: true publishes every table; it takes no tables or tables_in_schema",
                "tables" if publication.tables else "tables_in_schema")
    if publication.publish is not None and len(set(publication.publish)) != len(publication.publish):
        at.fail("an action is listed twice", "publish")
    for table in publication.tables.values():
        if table.columns is not None and len(set(table.columns)) != len(table.columns):
            at.fail(f"a column of {table.name} is listed twice", "tables")


PUBLICATION = Either(
    null=Mapped(Nothing(), lambda _, site: PublicationSpec(site.name, origin=site.origin)),
    mapping=Record(PublicationSpec, {
        "all_tables": Field(Boolean()),
        "tables": Field(_TABLES),
        "tables_in_schema": Field(ListOf(Name("a schema name"), single=True)),
        "publish": Field(ListOf(Choice("action", PUBLISH_ACTIONS), single=True, nonempty=False)),
        "publish_via_partition_root": Field(Boolean()),
        "comment": Field(Text(allow_empty=True)),
        "absent": Field(Boolean()),
    }, _check),
    expected="a mapping with all_tables, tables, tables_in_schema, publish, publish_via_partition_root, comment, "
             "absent, or nothing (an empty publication)",
)

PUBLICATIONS = Field(NamedMap(PUBLICATION, "publication"))


def version_problem(publications: dict[str, PublicationSpec], server_version: int) -> str | None:
    """Column lists, row filters and FOR TABLES IN SCHEMA need PostgreSQL 15: on an older
    server, the error naming the first publication that uses them (file:line first)."""
    if server_version >= 150000:
        return None
    for publication in publications.values():
        if publication.pg15:
            return (f"{publication.origin}: publication {publication.name}: {publication.pg15[0]} needs "
                    f"PostgreSQL 15 or later (the server is PostgreSQL {server_version // 10000})")
    return None


# --- DDL -----------------------------------------------------------------------------------

def publication_objects(tables: list[tuple[str, str, tuple[str, ...] | None, str | None]],
                        schemas: list[str]) -> sql.Composable:
    """``TABLE ONLY a (x, y) WHERE (…), ONLY b, TABLES IN SCHEMA s``: the object list of
    CREATE/ALTER PUBLICATION."""
    parts: list[sql.Composable] = []
    for position, (schema, name, columns, where) in enumerate(tables):
        # TABLE once: PostgreSQL 14 takes only ``TABLE a, b``; ONLY: an inheritance child is
        # a member of its own (listed, or not), as PostgreSQL records it
        parts.append(sql.SQL(" ").join([p for p in (
            sql.SQL("TABLE ONLY {}" if position == 0 else "ONLY {}").format(sql.Identifier(schema, name)),
            sql.SQL("({})").format(sql.SQL(", ").join(map(sql.Identifier, columns))) if columns is not None else None,
            sql.SQL("WHERE ({})").format(trusted_sql(where)) if where is not None else None) if p is not None]))
    parts += [sql.SQL("TABLES IN SCHEMA {}").format(sql.Identifier(schema)) for schema in schemas]
    return sql.SQL(", ").join(parts)


def publication_options(publish: tuple[str, ...], via_root: bool) -> sql.Composable:
    return sql.SQL("WITH (publish = {}, publish_via_partition_root = {})").format(
        sql.Literal(", ".join(publish)), sql.SQL("true" if via_root else "false"))


def publication_ddl(publications: dict[str, PublicationSpec], phase: int) -> Iterator[tuple[sql.Composable, ObjectKey,
                                                                                            SourceMark, int, str]]:
    """(statement, key, origin, phase, what) of each publication the spec wants to exist."""
    for publication in publications.values():
        if publication.absent:
            continue
        what = f"publication {publication.name}"
        name = sql.Identifier(publication.name)
        if publication.all_tables:
            target: sql.Composable = sql.SQL(" FOR ALL TABLES")
        elif publication.tables or publication.tables_in_schema:
            tables = [(*t.qualified, t.columns, t.where) for t in publication.tables.values()]
            target = sql.SQL(" FOR {}").format(publication_objects(tables, list(publication.tables_in_schema)))
        else:
            target = sql.SQL("")
        publish = publication.publish if publication.publish is not None else PUBLISH_ACTIONS
        query = sql.SQL("CREATE PUBLICATION {}{} {}").format(
            name, target, publication_options(publish, publication.publish_via_partition_root))
        yield query, publication.key, publication.origin, phase, what
        if publication.comment is not None:
            comment = sql.SQL("COMMENT ON PUBLICATION {} IS {}").format(name, sql.Literal(publication.comment))
            yield comment, publication.key, publication.origin, phase, f"comment on {what}"
