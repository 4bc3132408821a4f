"""Incremental canonicalization splits only the kinds it knows into units (or builds them
every time); any other kind makes the whole spec be built, so no entry of such a kind can
come from a partial build (a plan would then drop it)."""

from __future__ import annotations

from pathlib import Path

from pgdecl.incremental import UNDERSTOOD, Plan
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


def test_a_managed_false_schema_is_split_too(tmp_path: Path) -> None:
    """Its listed policies and triggers go with the platform table's unit, which the preset
    builds every time (tests/test_incremental.py compares such specs with full builds)."""
    assert _plan(tmp_path, """
version: 1
preset: supabase
schemas:
  auth:
    managed: false
    tables:
      users:
        triggers:
          on_signup: {timing: after, events: [insert], for_each: row, function: public.noop()}
  public:
    functions:
      noop(): {returns: trigger, language: plpgsql, body: BEGIN RETURN NEW; END;}
""").understood


CASES = Path(__file__).resolve().parent.parent / "cases"


def test_every_kind_the_cases_use_is_placed() -> None:
    """Every kind of statement the case table renders is split into units or built every
    time (WHOLE): a kind added later is built whole until it is placed, which this says."""
    kinds: set[str] = set()
    for case in sorted(CASES.iterdir()):
        try:
            spec = load_spec(case / "schema.yaml")
        except Exception:           # cases of invalid specs
            continue
        kinds |= {statement.key.kind for statement in render_ddl(spec)}
    assert {"collation", "rule", "statistics", "publication", "operator class", "cast"} <= kinds
    assert kinds <= UNDERSTOOD, kinds - UNDERSTOOD
