"""User-defined types: spec validation, CREATE DDL, and the comparator's decisions (pure, no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import (
    Catalog, Dependency, DomainConstraint, ObjectKey, TypeAttribute, UserType,
)
from pgdecl.diff import diff
from pgdecl.diff.type_ops import AddEnumValues, AlterTypeAttribute, CreateType, DropType, EnumValue
from pgdecl.diff.types import UnsupportedTypeChange
from pgdecl.plan import build_plan
from pgdecl.spec import SpecError, load_spec, render_ddl


def load(tmp_path: Path, types: str):
    path = tmp_path / "schema.yaml"
    path.write_text("version: 1\nschemas:\n  public:\n    types:\n" + types, encoding="utf-8")
    return load_spec(path)


def error_of(tmp_path: Path, types: str) -> str:
    with pytest.raises(SpecError) as caught:
        load(tmp_path, types)
    return str(caught.value)


def test_types_ddl(tmp_path: Path) -> None:
    spec = load(tmp_path, """\
      addr: {composite: {street: text, zip: varchar(10)}}
      qty:
        domain: integer
        default: "1"
        not_null: true
        check: VALUE > 0
        constraints: {qty_small: VALUE < 100}
      mood: {enum: [sad, "it's ok", happy], comment: feelings}
""")
    statements = [s.sql for s in render_ddl(spec)]
    assert statements[1] == """CREATE TYPE "public"."mood" AS ENUM ('sad', 'it''s ok', 'happy')"""   # enums first
    assert statements[2] == 'CREATE TYPE "public"."addr" AS ("street" text, "zip" varchar(10))'
    assert statements[3] == 'CREATE DOMAIN "public"."qty" AS integer DEFAULT 1 NOT NULL'
    assert statements[4] == """COMMENT ON TYPE "public"."mood" IS 'feelings'"""
    # a domain's checks last: nothing coerced to it while the spec is built runs them
    assert statements[-2:] == ['ALTER DOMAIN "public"."qty" ADD CHECK (VALUE > 0)',
                               'ALTER DOMAIN "public"."qty" ADD CONSTRAINT "qty_small" CHECK (VALUE < 100)']
    assert spec.origins[ObjectKey("type", "public", "mood")].line == 12


@pytest.mark.parametrize(("types", "message"), [
    ("      t: {enum: [a], domain: text}\n", "schema.yaml:5:10: schemas.public.types.t: a type needs exactly one of: enum, domain, composite"),
    ("      t: {comment: x}\n", "a type needs exactly one of: enum, domain, composite"),
    ("      t: {enum: [a, b, a]}\n", "enum label 'a' listed twice"),
    ("      t: {enum: [a], default: a}\n", "schema.yaml:5:31: schemas.public.types.t.default: default applies to domains only"),
    ("      t: {composite: {a: int}, not_null: true}\n", "not_null applies to domains only"),
    ("      t: {enun: [a]}\n", "unknown key 'enun' (did you mean 'enum'?)"),
    ("      t: {domain: int, constraints: [a]}\n", "expected a mapping of constraint names"),
    ("      t: {enum: [a, b], renamed_values: {c: x}}\n", "renamed_values: 'c' is not one of the enum's labels"),
    ("      t: {enum: [a, b], renamed_values: {b: a}}\n", "renamed_values: 'a' (renamed to 'b') is still one"),
    ("      t: {domain: int, renamed_values: {b: a}}\n", "renamed_values applies to enums only"),
])
def test_type_spec_errors(tmp_path: Path, types: str, message: str) -> None:
    assert message in error_of(tmp_path, types)


def enum(*labels: str) -> UserType:
    return UserType("public", "mood", "enum", labels=labels)


def catalogs(live_type: UserType | None, desired_type: UserType | None,
             users: tuple[ObjectKey, ...] = ()) -> tuple[Catalog, Catalog]:
    live, desired = Catalog(), Catalog()
    for catalog, user_type in ((live, live_type), (desired, desired_type)):
        if user_type is not None:
            catalog.types[user_type.key] = user_type
    key = ObjectKey("type", "public", "mood")
    live.dependencies = frozenset(Dependency(user, key) for user in users)
    return live, desired


def test_enum_values_are_added_in_order_next_to_a_neighbour() -> None:
    live, desired = catalogs(enum("b", "d"), enum("a", "b", "c", "c2", "d", "e"))
    (op,) = diff(live, desired)
    assert isinstance(op, AddEnumValues)
    assert op.values == (EnumValue("a", before="b"), EnumValue("c", after="b"), EnumValue("c2", after="c"),
                         EnumValue("e", after="d"))
    step = build_plan([op], live, desired).steps[0]
    assert not step.transactional and step.to_json()["before_transaction"]
    assert step.statements[0] == """ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'a' BEFORE 'b'"""


def test_a_hinted_enum_value_rename_is_renamed_not_replaced() -> None:
    live = enum("a", "b", "c")
    desired_type = UserType("public", "mood", "enum", labels=("a", "bee", "c", "d"), renamed_labels=(("b", "bee"),))
    live_catalog, desired = catalogs(live, desired_type)
    (op,) = diff(live_catalog, desired)
    assert isinstance(op, AddEnumValues)
    assert op.renames == (("b", "bee"),) and op.values == (EnumValue("d", after="c"),)
    live_catalog, desired = catalogs(enum("a", "bee", "c", "d"), desired_type)   # already applied
    assert diff(live_catalog, desired) == []


def test_removing_an_unused_enum_value_recreates_the_type() -> None:
    live, desired = catalogs(enum("a", "b"), enum("a"))
    ops = diff(live, desired)
    assert [type(op) for op in ops] == [DropType, CreateType] and all(op.replace for op in ops)


def test_removing_an_enum_value_a_table_uses_is_refused_with_the_users() -> None:
    table = ObjectKey("table", "public", "people")
    live, desired = catalogs(enum("a", "b"), enum("b", "a"), users=(table,))
    desired.tables[table] = object()  # type: ignore[assignment]  # the table stays
    with pytest.raises(UnsupportedTypeChange, match=r"reordering enum values is not possible.*table public\.people"):
        diff(live, desired)


def test_composite_attribute_type_change_under_a_column_is_refused() -> None:
    table = ObjectKey("table", "public", "people")
    old = UserType("public", "mood", "composite", attributes=(TypeAttribute("a", "integer"),))
    new = UserType("public", "mood", "composite", attributes=(TypeAttribute("a", "bigint"),))
    live, desired = catalogs(old, new, users=(table,))
    desired.tables[table] = object()  # type: ignore[assignment]
    with pytest.raises(UnsupportedTypeChange, match="ALTER ATTRIBUTE"):
        diff(live, desired)
    live, desired = catalogs(old, new)
    (op,) = diff(live, desired)
    assert isinstance(op, AlterTypeAttribute) and op.change == "type"


def test_domain_constraint_redefinition_is_one_step() -> None:
    old = UserType("public", "mood", "domain", base_type="integer",
                   constraints=(DomainConstraint("c", "CHECK ((VALUE > 0))"),))
    new = UserType("public", "mood", "domain", base_type="integer",
                   constraints=(DomainConstraint("c", "CHECK ((VALUE > 1))"),))
    live, desired = catalogs(old, new)
    (step,) = build_plan(diff(live, desired), live, desired).steps
    assert len(step.statements) == 2 and "DROP CONSTRAINT" in step.statements[0]


def test_saved_plan_keeps_before_transaction(tmp_path: Path) -> None:
    from pgdecl.saved import load_saved_plan

    live, desired = catalogs(enum("a"), enum("a", "b"))
    plan = build_plan(diff(live, desired), live, desired)
    path = tmp_path / "plan.json"
    path.write_text(plan.dumps(), encoding="utf-8")
    (step,) = load_saved_plan(path)[0].steps
    assert step.op.before_transaction and not step.transactional
