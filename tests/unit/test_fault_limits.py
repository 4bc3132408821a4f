"""Issue 13 point 5, the parts that need no server: dollar tags, name lengths, YAML limits, masking."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.render import to_text
from pgdecl.spec.ddl import dollar_quote
from pgdecl.spec.trusted import dollar_tag
from pgdecl.spec import SpecError, load_spec


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(text: str, name: str = "schema.yaml") -> str:
    write(name, text)
    with pytest.raises(SpecError) as caught:
        load_spec(name)
    return str(caught.value)


def test_dollar_tag_occurs_neither_in_the_text_nor_across_its_end() -> None:
    assert dollar_tag("SELECT 1", "body") == "body"
    assert dollar_tag("SELECT '$body$'", "body") == "body1"
    assert dollar_tag("SELECT 1 --$body", "body") == "body1"        # `…$body` + `$body$` closes early
    assert dollar_tag("$body1$ $body$", "body") == "body2"
    quoted = to_text(dollar_quote("SELECT 1 -- $body$ and $body1"))
    assert quoted == "$body2$SELECT 1 -- $body$ and $body1$body2$"


# --- names longer than PostgreSQL keeps them ------------------------------------------------

NAMES_SPEC = """\
version: 1
schemas:
  {schema}:
    types:
      {type}: {{enum: [a, b]}}
    sequences:
      {sequence}: {{}}
    functions:
      {function}():
        returns: trigger
        language: plpgsql
        body: BEGIN RETURN NEW; END
    tables:
      parent:
        columns:
          id: bigint primary key
      {table}:
        columns:
          {column}: {{type: bigint, primary_key: true, references: {{table: {ref_table}, name: {fk}}}}}
          other: {{type: bigint, renamed_from: {renamed}}}
        constraints:
          {constraint}: {{check: other > 0}}
        indexes:
          {index}: {{columns: [{index_column}]}}
        row_level_security: true
        policies:
          {policy}: {{for: select, to: [{policy_role}], using: 'true'}}
        triggers:
          {trigger}: {{timing: before, events: [update], for_each: row, function: {trigger_function}()}}
        grants:
          {grant_role}: [select]
    views:
      {view}:
        columns: [{view_column}]
        query: SELECT 1
"""
_SHORT = {"schema": "app", "type": "mood", "sequence": "counter", "function": "touch", "table": "deals",
          "column": "id", "ref_table": "parent", "fk": "deals_parent_fk", "renamed": "old_other",
          "constraint": "other_positive", "index": "idx_other", "index_column": "other", "policy": "readers",
          "policy_role": "public", "trigger": "touch_deals", "trigger_function": "touch",
          "grant_role": "public", "view": "summary", "view_column": "one"}
# line of each placeholder in NAMES_SPEC (1-based)
_LINES = {key: next(n for n, line in enumerate(NAMES_SPEC.splitlines(), 1) if "{" + key + "}" in line)
          for key in _SHORT}
LONG = "é" * 32          # 32 characters, 64 bytes: one byte too many


def test_the_spec_with_short_names_loads() -> None:
    write("schema.yaml", NAMES_SPEC.format(**_SHORT))
    load_spec("schema.yaml")
    write("schema.yaml", NAMES_SPEC.format(**{**_SHORT, "table": "é" * 31 + "a"}))   # 63 bytes
    load_spec("schema.yaml")


@pytest.mark.parametrize("where", sorted(_SHORT))
def test_a_name_over_63_bytes_is_rejected_at_its_line(where: str) -> None:
    # an unquoted index element is a column only if ASCII (else an expression, for PostgreSQL to read)
    names = {**_SHORT, where: "x" * 64 if where == "index_column" else LONG}
    if where in ("trigger_function", "function"):
        names["function"] = names["trigger_function"] = LONG
    if where in ("ref_table",):
        names["table"] = "deals"
    message = error_of(NAMES_SPEC.format(**names))
    line = min(_LINES[where], _LINES["function"]) if where == "trigger_function" else _LINES[where]
    assert message.startswith(f"schema.yaml:{line}:"), message
    assert "64 bytes long" in message and "at most 63 bytes" in message, message
