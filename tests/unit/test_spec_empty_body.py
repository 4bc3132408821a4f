"""A function with an empty body (valid for a SQL function returning void) loads, as export writes it."""

from __future__ import annotations

from pathlib import Path

from pgdecl.spec import load_spec, render_ddl


def test_empty_function_body_loads(tmp_path: Path) -> None:
    path = tmp_path / "schema.yaml"
    path.write_text("schemas:\n  public:\n    functions:\n      do_nothing():\n"
                    "        returns: void\n        language: sql\n        body: ''\n", encoding="utf-8")
    statements = [s.sql for s in render_ddl(load_spec(path))]
    assert statements[-1] == 'CREATE OR REPLACE FUNCTION "public"."do_nothing"() RETURNS void LANGUAGE "sql" AS $body$$body$'
