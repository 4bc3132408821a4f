"""Operators in the spec: keys, the DDL the shadow runs, and errors that point at the YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import Operator
from pgdecl.shadow import mirrored_operator_links
from pgdecl.spec import SpecError, load_spec, render_ddl


def _load(tmp_path: Path, operators: str) -> object:
    path = tmp_path / "schema.yaml"
    path.write_text("version: 1\nschemas:\n  app:\n    operators:\n" + operators, encoding="utf-8")
    return load_spec(path)


def _error(tmp_path: Path, operators: str) -> str:
    with pytest.raises(SpecError) as caught:
        _load(tmp_path, operators)
    return str(caught.value)


def test_keys_are_normalized_and_rendered(tmp_path: Path) -> None:
    spec = _load(tmp_path, """\
      "===( int ,  int )":
        function: eq
        commutator: "==="
        negator: other.!==
        restrict: eqsel
        hashes: true
      "!!(none, bigint)":
        function: app.neg
""")
    assert set(spec.schemas["app"].operators) == {"===(int, int)", "!!(NONE, bigint)"}   # type: ignore[attr-defined]
    ddl = [s.sql for s in render_ddl(spec) if s.key.kind == "operator"]   # type: ignore[arg-type]
    assert ('CREATE OPERATOR "app".=== (FUNCTION = "eq", LEFTARG = int, RIGHTARG = int, '
            'COMMUTATOR = OPERATOR("app".===), NEGATOR = OPERATOR("other".!==), RESTRICT = "eqsel", HASHES)') in ddl
    assert 'CREATE OPERATOR "app".!! (FUNCTION = "app"."neg", RIGHTARG = bigint)' in ddl


@pytest.mark.parametrize(("body", "message"), [
    ('      "===(int)":\n        function: eq\n', "names its two argument types"),
    ('      "abc(int, int)":\n        function: eq\n', "expected an operator key"),
    ('      "===(int, NONE)":\n        function: eq\n', "postfix operators do not exist"),
    ('      "===(int, int; drop table x)":\n        function: eq\n', "not one type name"),
    ('      "===(int, int)":\n        restrict: eqsel\n', "missing required key 'function'"),
    ('      "===(int, int)":\n        function: eq\n        commutator: "a b"\n', "expected an operator"),
    ('      "!!(NONE, int)":\n        function: neg\n        hashes: true\n', "binary operators only"),
    ('      "===(int, int)":\n        function: eq\n        hashed: true\n', "hashed"),
])
def test_bad_operators_point_at_the_yaml(tmp_path: Path, body: str, message: str) -> None:
    error = _error(tmp_path, body)
    assert message in error
    assert "schema.yaml:" in error


def test_links_are_mirrored() -> None:
    eq = Operator("app", "===", "integer", "integer", "app.eq", commutator="app.===", negator="app.!==")
    ne = Operator("app", "!==", "integer", "integer", "app.ne")
    lt = Operator("app", "<<<", "integer", "text", "app.lt", commutator="app.>>>")
    gt = Operator("app", ">>>", "text", "integer", "app.gt")
    mirrored = mirrored_operator_links({o.key: o for o in (eq, ne, lt, gt)})
    assert mirrored[ne.key].negator == "app.==="
    assert mirrored[ne.key].commutator is None
    assert mirrored[gt.key].commutator == "app.<<<"
    assert mirrored[eq.key] == eq


def _load_classes(tmp_path: Path, body: str) -> object:
    path = tmp_path / "schema.yaml"
    path.write_text("version: 1\nschemas:\n  app:\n" + body, encoding="utf-8")
    return load_spec(path)


def test_operator_classes_and_families_render(tmp_path: Path) -> None:
    spec = _load_classes(tmp_path, """\
    operator_families:
      '"Abs fam" USING btree':
        functions: "1 (integer, bigint) app.cmp_big(integer, bigint)"
    operator_classes:
      abs_ops using btree:
        type: integer
        default: true
        family: '"Abs fam"'
        operators: ["1 <<<", "2 <<=(integer, integer)"]
        functions: "1 cmp(integer, integer)"
""")
    schema = spec.schemas["app"]      # type: ignore[attr-defined]
    assert set(schema.operator_families) == {"Abs fam using btree"}
    assert set(schema.operator_classes) == {"abs_ops using btree"}
    ddl = [(s.phase, s.sql) for s in render_ddl(spec) if s.key.kind.startswith("operator ")]   # type: ignore[arg-type]
    assert ddl == [
        (2.6, 'CREATE OPERATOR FAMILY "app"."Abs fam" USING "btree"'),
        (2.7, 'CREATE OPERATOR CLASS "app"."abs_ops" DEFAULT FOR TYPE integer USING "btree" FAMILY "app"."Abs fam" AS '
              'OPERATOR 1 <<<, OPERATOR 2 <<=(integer, integer), FUNCTION 1 cmp(integer, integer)'),
        (2.8, 'ALTER OPERATOR FAMILY "app"."Abs fam" USING "btree" ADD FUNCTION 1 (integer, bigint) '
              'app.cmp_big(integer, bigint)'),
    ]


@pytest.mark.parametrize(("body", "message"), [
    ("    operator_classes:\n      abs_ops:\n        type: integer\n        operators: '1 <<<'\n",
     "expected 'name using method'"),
    ("    operator_classes:\n      abs_ops using btree:\n        operators: '1 <<<'\n", "missing required key 'type'"),
    ("    operator_classes:\n      abs_ops using btree:\n        type: integer\n", "at least one of operators"),
    ("    operator_classes:\n      abs_ops using btree:\n        type: integer\n        operators: '1 <<<, FUNCTION 1 f(int)'\n",
     "not one operator member"),
    ("    operator_classes:\n      abs_ops using btree:\n        type: integer\n        functions: '1 f(int); drop table t'\n",
     "goes on with more SQL"),
    ("    operator_families:\n      fam using btree:\n        operators: '1 <<< (int, int) FOR ORDER'\n",
     "not one operator member"),
])
def test_bad_operator_classes_point_at_the_yaml(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(SpecError) as caught:
        _load_classes(tmp_path, body)
    assert message in str(caught.value)
    assert "schema.yaml:" in str(caught.value)
