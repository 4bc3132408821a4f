"""renamed_from hints: spec validation, and the live catalog rewritten to the new names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import (
    Catalog, Column, Constraint, Dependency, Index, ObjectKey, Policy, Privilege, QualifiedName, Table,
)
from pgdecl.diff.renames import follow_renames, quote, rename_identifier
from pgdecl.spec import SpecError, load_spec


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def load(text: str):
    Path("schema.yaml").write_text(text, encoding="utf-8")
    return load_spec("schema.yaml")


def error_of(text: str) -> str:
    with pytest.raises(SpecError) as caught:
        load(text)
    return str(caught.value)


HINTS = """\
schemas:
  public:
    tables:
      customers:
        renamed_from: clients
        columns:
          id: bigint primary key
          display_name: {type: text, renamed_from: name}
        indexes:
          customers_name_idx: {columns: [display_name], renamed_from: clients_name_idx}
        policies:
          readable: {using: 'true', renamed_from: open}
    views:
      customer_names: {query: SELECT 1, renamed_from: client_names}
"""


def test_hints_become_renames_new_key_to_old() -> None:
    assert load(HINTS).renames == {
        ObjectKey("table", "public", "customers"): ObjectKey("table", "public", "clients"),
        ObjectKey("column", "public", "display_name", "customers"): ObjectKey("column", "public", "name", "customers"),
        ObjectKey("index", "public", "customers_name_idx"): ObjectKey("index", "public", "clients_name_idx"),
        ObjectKey("policy", "public", "readable", "customers"): ObjectKey("policy", "public", "open", "customers"),
        ObjectKey("view", "public", "customer_names"): ObjectKey("view", "public", "client_names"),
    }


def test_misspelled_hint_key_suggests_renamed_from() -> None:
    text = "schemas:\n  public:\n    tables:\n      t:\n        renamed_form: s\n        columns: {a: int}\n"
    assert error_of(text) == ("schema.yaml:5:9: schemas.public.tables.t: "
                              "unknown key 'renamed_form' (did you mean 'renamed_from'?)")


def test_hint_must_be_a_name() -> None:
    text = "schemas:\n  public:\n    tables:\n      t:\n        renamed_from: [a, b]\n"
    assert error_of(text) == ("schema.yaml:5:23: schemas.public.tables.t.renamed_from: "
                              "expected the previous name, got a list")


def test_hint_naming_the_object_itself_is_an_error() -> None:
    text = "schemas:\n  public:\n    tables:\n      t:\n        renamed_from: t\n"
    assert "renamed_from names the table itself ('t')" in error_of(text)


def test_hint_naming_an_object_the_spec_defines_is_an_error() -> None:
    text = ("schemas:\n  public:\n    tables:\n      t:\n        columns:\n          a: int\n"
            "          b: {type: int, renamed_from: a}\n")
    message = error_of(text)
    assert message.startswith("schema.yaml:7:11: schemas.public.tables.t.columns.b: renamed_from: 'a' is column a on public.t")
    assert "which the spec also defines (at schema.yaml:6:11)" in message


def test_two_hints_for_one_old_object_are_an_error() -> None:
    text = ("schemas:\n  public:\n    views:\n      v1: {query: SELECT 1, renamed_from: v}\n"
            "      v2: {query: SELECT 1, renamed_from: v}\n")
    assert "view public.v is renamed twice: to 'v1' and to 'v2'" in error_of(text)


# --- the live catalog under the new names -------------------------------------------------

def test_quote_follows_postgresql() -> None:
    assert quote("deals") == "deals"
    assert quote("Deals") == '"Deals"'
    assert quote("order") == '"order"'
    assert quote("name") == "name"            # unreserved keyword
    assert quote('a"b') == '"a""b"'


@pytest.mark.parametrize("text, expected", [
    ("(qty > 0)", "(quantity > 0)"),
    ("((qty)::text <> ''::text)", "((quantity)::text <> ''::text)"),
    ("(lower(qty) = 'qty'::text)", "(lower(quantity) = 'qty'::text)"),          # not in a literal
    ("(items.qty = other.qty)", "(items.quantity = other.qty)"),                 # own table only
    ("(x::qty IS NULL)", "(x::qty IS NULL)"),                                    # a type
    ("qty(1)", "qty(1)"),                                                        # a function
    ("(qty.a = 1)", "(qty.a = 1)"),                                              # a qualifier
])
def test_rename_identifier_touches_column_references_only(text: str, expected: str) -> None:
    assert rename_identifier(text, "qty", "quantity", qualifiers=frozenset({"items"})) == expected


def test_rename_identifier_as_qualifier() -> None:
    text = "(EXISTS ( SELECT 1 FROM public.deals d WHERE (d.id = deals.id)))"
    assert rename_identifier(text, "deals", "opportunities", as_qualifier=True) == \
        "(EXISTS ( SELECT 1 FROM public.deals d WHERE (d.id = opportunities.id)))"


def _live() -> Catalog:
    deals = Table("public", "deals", (Column("id", "bigint", not_null=True), Column("qty", "integer")))
    notes = Table("public", "notes", (Column("id", "bigint"), Column("deal_id", "bigint")))
    constraints = [
        Constraint("public", "deals", "deals_pkey", "p", "PRIMARY KEY (id)", ("id",)),
        Constraint("public", "deals", "deals_qty_check", "c", "CHECK ((qty > 0))", ("qty",)),
        Constraint("public", "notes", "notes_deal_id_fkey", "f", "FOREIGN KEY (deal_id) REFERENCES public.deals(id)",
                   ("deal_id",), QualifiedName("public", "deals"), ("id",)),
    ]
    index = Index("public", "deals", "deals_qty_idx", "CREATE INDEX deals_qty_idx ON public.deals USING btree (qty) "
                  "WHERE (qty > 1)", "btree", columns=("qty",))
    policy = Policy("public", "deals", "own", "all", True, ("public",), "(qty > 0)", None)
    privilege = Privilege(deals.key, "anon", "SELECT", column="qty")
    return Catalog(
        tables={t.key: t for t in (deals, notes)},
        constraints={c.key: c for c in constraints},
        indexes={index.key: index},
        policies={policy.key: policy},
        privileges={privilege.key: privilege},
        dependencies=frozenset({Dependency(policy.key, deals.key, "qty")}),
    )


def test_table_and_column_renames_rewrite_what_hangs_on_them() -> None:
    live = _live()
    renames = {
        ObjectKey("table", "public", "opportunities"): ObjectKey("table", "public", "deals"),
        ObjectKey("column", "public", "quantity", "opportunities"): ObjectKey("column", "public", "qty", "opportunities"),
    }
    desired = Catalog(constraints={
        c.key: c for c in (
            Constraint("public", "opportunities", "opportunities_pkey", "p", "PRIMARY KEY (id)", ("id",)),
            Constraint("public", "opportunities", "opportunities_quantity_check", "c", "CHECK ((quantity > 0))",
                       ("quantity",)),
        )})
    renamed, ops = follow_renames(live, desired, renames)
    assert [op.describe() for op in ops] == [
        "rename table public.deals to opportunities",
        "rename column qty on public.opportunities to quantity",
        "rename constraint deals_pkey on public.opportunities to opportunities_pkey",
        "rename constraint deals_qty_check on public.opportunities to opportunities_quantity_check",
    ]
    table = renamed.tables[ObjectKey("table", "public", "opportunities")]
    assert [c.name for c in table.columns] == ["id", "quantity"]
    fk = renamed.constraints[ObjectKey("constraint", "public", "notes_deal_id_fkey", "notes")]
    assert fk.definition == "FOREIGN KEY (deal_id) REFERENCES public.opportunities(id)"
    index = renamed.indexes[ObjectKey("index", "public", "deals_qty_idx")]
    assert index.definition == ("CREATE INDEX deals_qty_idx ON public.opportunities USING btree (quantity) "
                                "WHERE (quantity > 1)")
    policy = renamed.policies[ObjectKey("policy", "public", "own", "opportunities")]
    assert policy.using == "(quantity > 0)"
    assert list(renamed.privileges.values()) == [Privilege(table.key, "anon", "SELECT", column="quantity")]
    assert renamed.dependencies == {Dependency(policy.key, table.key, "quantity")}
    assert ObjectKey("table", "public", "deals") in live.tables        # the input is left alone


def test_a_hint_does_nothing_when_the_old_object_is_gone_or_the_new_one_exists() -> None:
    live = _live()
    renames = {
        ObjectKey("table", "public", "notes"): ObjectKey("table", "public", "deals"),        # both exist
        ObjectKey("table", "public", "people"): ObjectKey("table", "public", "persons"),     # no old one
        ObjectKey("index", "public", "deals"): ObjectKey("index", "public", "deals_qty_idx"),  # name taken
    }
    renamed, ops = follow_renames(live, Catalog(), renames)
    assert ops == []
    assert renamed is live
