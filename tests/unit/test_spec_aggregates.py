"""Aggregates in the spec: keys, kinds from the signature, and errors that point at the YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import ObjectKey
from pgdecl.spec import SpecError, load_spec, render_ddl
from pgdecl.spec.names import aggregate_function_arguments, split_order_by


def _load(tmp_path: Path, aggregates: str) -> object:
    path = tmp_path / "schema.yaml"
    path.write_text("version: 1\nschemas:\n  public:\n    aggregates:\n" + aggregates, encoding="utf-8")
    return load_spec(path)


def _error(tmp_path: Path, aggregates: str) -> str:
    with pytest.raises(SpecError) as caught:
        _load(tmp_path, aggregates)
    return str(caught.value)


def test_kinds_come_from_the_signature(tmp_path: Path) -> None:
    spec = _load(tmp_path, """\
      mycount( * ):
        sfunc: int8inc
        stype: int8
      pct(float8 ORDER BY anyelement):
        sfunc: os_collect
        stype: internal
      rank_if(integer order by integer):
        hypothetical: true
        sfunc: collect
        stype: integer[]
""")
    aggregates = spec.schemas["public"].aggregates      # type: ignore[attr-defined]
    assert {name: a.kind for name, a in aggregates.items()} == {
        "mycount(*)": "normal", "pct(float8 ORDER BY anyelement)": "ordered-set",
        "rank_if(integer order by integer)": "hypothetical"}
    assert ObjectKey("aggregate", "public", "mycount(*)") in spec.origins   # type: ignore[attr-defined]
    ddl = [s.sql for s in render_ddl(spec) if s.key.kind == "aggregate"]  # type: ignore[arg-type]
    assert ddl[2] == ('CREATE AGGREGATE "public"."rank_if"(integer order by integer) '
                      '(SFUNC = "collect", STYPE = integer[], HYPOTHETICAL)')


@pytest.mark.parametrize("aggregates, message", [
    ("      f(int):\n        stype: int\n", "schema.yaml:6:9: schemas.public.aggregates.f(int): missing required key 'sfunc'"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        sfnuc: h\n",
     "schema.yaml:8:9: schemas.public.aggregates.f(int): unknown key 'sfnuc' (did you mean 'sfunc'?)"),
    ("      f(int):\n        sfunc: g(int)\n        stype: int\n",
     "schema.yaml:6:16: schemas.public.aggregates.f(int).sfunc: expected a function name [schema.]name without arguments"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        msfunc: g\n",
     "schema.yaml:8:17: schemas.public.aggregates.f(int).msfunc: a moving-aggregate mode needs msfunc, minvfunc and mstype "
     "together (missing: minvfunc, mstype)"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        finalfunc_extra: true\n",
     "schema.yaml:8:26: schemas.public.aggregates.f(int).finalfunc_extra: finalfunc_extra needs finalfunc"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        kind: ordered-set\n",
     "schema.yaml:8:15: schemas.public.aggregates.f(int).kind: kind ordered-set does not match the signature 'f(int)'"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        hypothetical: true\n",
     "schema.yaml:8:23: schemas.public.aggregates.f(int).hypothetical: hypothetical applies to ordered-set aggregates only"),
    ("      f(float8 ORDER BY int):\n        sfunc: g\n        stype: int\n        combinefunc: h\n",
     "combinefunc: combinefunc does not apply to ordered-set aggregates"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        sortop: '>>x'\n",
     "expected an operator such as '>' or 'schema.>', got '>>x'"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        finalfunc_modify: readonly\n",
     "unknown finalfunc_modify 'readonly' (expected one of: read_only, shareable, read_write)"),
    ("      f():\n        sfunc: g\n        stype: int\n", "an aggregate without arguments is written name(*)"),
    ("      f(int):\n        sfunc: g\n        stype: int\n        serialfunc: s\n",
     "serialfunc and deserialfunc go together"),
])
def test_bad_input_names_the_line(tmp_path: Path, aggregates: str, message: str) -> None:
    assert message in _error(tmp_path, aggregates)


def test_sortop_may_be_qualified(tmp_path: Path) -> None:
    spec = _load(tmp_path, "      f(int):\n        sfunc: int4larger\n        stype: int\n"
                           "        sortop: pg_catalog.>\n")
    ddl = [s.sql for s in render_ddl(spec) if s.key.kind == "aggregate"]  # type: ignore[arg-type]
    assert ddl == ['CREATE AGGREGATE "public"."f"(int) (SFUNC = "int4larger", STYPE = int, '
                   'SORTOP = OPERATOR("pg_catalog".>))']


@pytest.mark.parametrize("arguments, function_arguments", [
    ("*", ""), ("text", "text"), ("float8 ORDER BY anyelement", "float8, anyelement"),
    ("ORDER BY anyelement", "anyelement"), ('VARIADIC "any" ORDER BY VARIADIC "any"', 'VARIADIC "any"'),
    ('"order by" text', '"order by" text'),
])
def test_function_arguments_of_an_aggregate(arguments: str, function_arguments: str) -> None:
    assert aggregate_function_arguments(arguments) == function_arguments
    assert split_order_by('"order by" text') == ('"order by" text', None)
