"""Incremental canonicalization splits only the kinds it knows into units; any other kind
(or a managed: false schema) makes the whole spec be built, so no entry of such a kind can
come from a partial build (a plan would then drop it)."""

from __future__ import annotations

from pathlib import Path

from pgdecl.incremental import Plan
from pgdecl.spec import load_spec, render_ddl


def _plan(tmp_path: Path, text: str) -> Plan:
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    spec = load_spec(path)
    return Plan(spec, render_ddl(spec), "settings")


def test_tables_and_views_are_split_into_units(tmp_path: Path) -> None:
    assert _plan(tmp_path, """
version: 1
schemas:
  public:
    tables:
      t: {columns: {id: bigint primary key}}
""").understood


def test_a_collation_makes_the_spec_built_whole(tmp_path: Path) -> None:
    assert not _plan(tmp_path, """
version: 1
schemas:
  public:
    collations:
      c: {locale: C}
    tables:
      t: {columns: {id: bigint primary key}}
""").understood
