"""export writes types and views in dependency order from its own narrow query (export_order.sql),
not from the catalog's dependencies (which export does not read): the query finds the same
type-to-type and view-to-view dependencies as dependencies.sql does."""

from __future__ import annotations

import psycopg

from conftest import run_sql
from pgdecl.catalog.introspect import introspect
from pgdecl.export import export_database
from pgdecl.export.reader import read_extras

SCHEMA = r"""
CREATE SCHEMA app;
CREATE SCHEMA other;
CREATE TYPE other.color AS ENUM ('red', 'blue');
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.code AS text CHECK (length(VALUE) < 10);
CREATE DOMAIN app.a_short_code AS app.code CHECK (VALUE <> 'x');
CREATE DOMAIN app.checked AS int CHECK (VALUE::text::app.mood IS NOT NULL);
CREATE TYPE app.address AS (street text, code app.a_short_code, moods app.mood[], color other.color);
CREATE TYPE app.aa_place AS (home app.address, ranks app.checked);
CREATE TYPE app.span AS RANGE (subtype = app.checked);
CREATE TYPE app.zz_spans AS (spans app.span_multirange, one app.span[]);
CREATE TABLE app.people (id int PRIMARY KEY, home app.address, mood app.mood);
CREATE VIEW app.zz_base AS SELECT id, home, mood FROM app.people;
CREATE VIEW app.b_reader AS SELECT id FROM app.zz_base WHERE mood = 'happy';
CREATE MATERIALIZED VIEW app.a_summary AS SELECT count(*) AS n FROM app.b_reader;
CREATE VIEW app.rows_of AS SELECT b AS whole FROM app.zz_base b;
CREATE VIEW other.far AS SELECT * FROM app.zz_base;
CREATE VIEW app.c_far AS SELECT * FROM other.far;
"""


def pairs_from_dependencies(dsn: str, schemas: list[str]) -> set:
    with psycopg.connect(dsn, autocommit=True) as conn:
        catalog = introspect(conn, schemas)
    return {(dep.referenced, dep.dependent) for dep in catalog.dependencies
            if dep.dependent.kind in ("type", "view") and dep.referenced.kind == dep.dependent.kind
            and dep.referenced.schema == dep.dependent.schema and dep.referenced != dep.dependent}


def test_export_order_finds_what_dependencies_find(make_db) -> None:
    source = make_db()
    run_sql(source, SCHEMA)
    schemas = ["app", "other"]
    with psycopg.connect(source, autocommit=True) as conn:
        order = read_extras(conn, schemas).order
    expected = pairs_from_dependencies(source, schemas)
    assert order == expected
    named = {(before.name, after.name) for before, after in order}
    # each kind of edge is there: domain on domain, domain CHECK on a type, composite on a domain,
    # on an array of an enum, on a composite, range on its subtype, on a multirange, views on views
    # (a materialized one, a row type); nothing across schemas
    assert {("code", "a_short_code"), ("mood", "checked"), ("a_short_code", "address"), ("mood", "address"),
            ("address", "aa_place"), ("checked", "span"), ("span", "zz_spans"), ("zz_base", "b_reader"),
            ("b_reader", "a_summary"), ("zz_base", "rows_of")} <= named
    assert not {name for pair in named for name in pair} & {"color", "far", "c_far"}

    app = export_database(source, ("app", "other")).document["schemas"]["app"]
    assert list(app["types"]) == ["mood", "checked", "code", "a_short_code", "address", "aa_place", "span",
                                  "zz_spans"]
    assert list(app["views"]) == ["c_far", "zz_base", "b_reader", "a_summary", "rows_of"]
