"""Publications: spec errors at file:line, the PostgreSQL 15 gate, what the plan leaves alone
and names, and the export round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.engine import make_plan
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec
from pgdecl.spec.publications import version_problem

HEAD = """version: 1
schemas:
  public:
    tables:
      orders:
        columns:
          id: bigint primary key
          status: text
"""


@pytest.mark.parametrize(("body", "line", "message"), [
    ("  p:\n    tables: [orders]\n", 11, "expected schema.table"),
    ("  p:\n    all_tables: true\n    tables: [public.orders]\n", 12, "all_tables: true publishes every table"),
    ("  p:\n    absent: true\n    publish: [insert]\n", 12, "takes no other key"),
    ("  p:\n    tables:\n      public.orders: {where: \"1); DROP TABLE x; SELECT (1\"}\n", 12, "not one SQL expression"),
    ("  p:\n    publish: [insert, upsert]\n", 11, "unknown action 'upsert'"),
    ("  p:\n    tables: {public.orders: {columns: [id, id]}}\n", 11, "listed twice"),
])
def test_bad_publication(tmp_path: Path, body: str, line: int, message: str) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + "publications:\n" + body)
    with pytest.raises(SpecError) as raised:
        load_spec(spec_file)
    assert message in str(raised.value)
    assert f"schema.yaml:{line}:" in str(raised.value)


def test_postgresql_14_refuses_what_needs_15(tmp_path: Path) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + "publications:\n  plain: {tables: [public.orders]}\n"
                         "  filtered:\n    tables: {public.orders: {where: \"status <> 'x'\"}}\n")
    spec = load_spec(spec_file)
    assert version_problem(spec.publications, 150000) is None
    problem = version_problem(spec.publications, 140011)
    assert problem is not None and "schema.yaml:11:3: publication filtered: the row filter (where) of " \
        "public.orders needs PostgreSQL 15 or later (the server is PostgreSQL 14)" in problem


def test_unnamed_publications_are_left_alone_and_named(make_db, tmp_path: Path) -> None:
    dsn = make_db()
    run_sql(dsn, "CREATE TABLE public.orders (id bigint PRIMARY KEY, status text);"
                 "CREATE PUBLICATION theirs FOR TABLE public.orders; CREATE PUBLICATION ours FOR TABLE public.orders")
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + "publications:\n  ours:\n")
    plan = make_plan(load_spec(spec_file), dsn).plan
    assert "theirs" not in plan.sql()
    assert 'ALTER PUBLICATION "ours" DROP TABLE ONLY "public"."orders"' in plan.sql()
    assert [u.describe() for u in plan.unmanaged] == ["publication membership public.orders in publication theirs"]
    assert [h.message for step in plan.steps for h in step.hazards] == [
        "publication ours stops publishing public.orders: its subscribers no longer receive their changes"]


EXPORTED = """
CREATE SCHEMA sales;
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric);
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE sales.leads (id bigint PRIMARY KEY);
CREATE TABLE sales."Odd Name" (id bigint PRIMARY KEY);
CREATE PUBLICATION app FOR TABLE public.orders WHERE (status <> 'draft' AND total > 0), public.customers,
  TABLES IN SCHEMA sales WITH (publish = 'insert, update');
CREATE PUBLICATION slim FOR TABLE public.orders (id, status), sales."Odd Name" WITH (publish_via_partition_root);
CREATE PUBLICATION every FOR ALL TABLES;
CREATE PUBLICATION empty;
COMMENT ON PUBLICATION app IS 'for the warehouse';
"""


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, EXPORTED)
    exported = export_database(source, ("public", "sales"))
    assert exported.warnings == []
    assert exported.document["publications"] == {
        "app": {"tables": {"public.customers": None, "public.orders": {
                    "where": "((status <> 'draft'::text) AND (total > (0)::numeric))"}},
                "tables_in_schema": ["sales"], "publish": ["insert", "update"], "comment": "for the warehouse"},
        "empty": None,
        "every": {"all_tables": True},
        "slim": {"tables": {"public.orders": {"columns": ["id", "status"]}, 'sales."Odd Name"': None},
                 "publish_via_partition_root": True},
    }
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("public", "sales"))


def test_export_warns_about_tables_of_other_schemas(make_db) -> None:
    source = make_db()
    run_sql(source, "CREATE SCHEMA other; CREATE TABLE other.t (id int); CREATE TABLE public.u (id int);"
                    "CREATE PUBLICATION mixed FOR TABLE other.t, public.u; CREATE PUBLICATION elsewhere FOR TABLE other.t")
    exported = export_database(source, ("public",))
    assert exported.document["publications"] == {"mixed": {"tables": {"public.u": None}}}
    assert exported.warnings == [
        "publication elsewhere publishes only tables of schemas that are not exported (other.t): not exported",
        "publication mixed: other.t not exported (their schemas are not): a plan of this spec takes them out of "
        "the publication"]
