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


# --- YAML that costs time, memory or a crash ----------------------------------------------

def _bomb(levels: int = 9) -> str:
    lines = ["version: 1", "a0: &a0 {type: text}"]
    for level in range(1, levels):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    lines.append("schemas:")
    lines.append("  public:")
    lines.append(f"    tables: {{t: {{columns: *a{levels - 1}}}}}")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_its_line_quickly() -> None:
    import time

    text = _bomb()
    assert len(text) < 4000
    started = time.monotonic()
    message = error_of(text)
    assert time.monotonic() - started < 5
    assert "aliases expand to more than 100,000 nodes" in message, message
    assert message.startswith("schema.yaml:"), message


def test_shared_snippets_stay_allowed() -> None:
    columns = "\n".join(f"          c{i}: *text_column" for i in range(200))
    write("schema.yaml", "version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
          "          c: &text_column {type: text}\n" + columns + "\n")
    assert len(load_spec("schema.yaml").schemas["public"].tables["t"].columns) == 201


@pytest.mark.parametrize("depth", [65, 1000, 200_000])
def test_deep_nesting_is_refused_at_its_line(depth: int) -> None:
    message = error_of("version: 1\nschemas:\n  public:\n    comment: " + "[" * depth + "]" * depth + "\n")
    assert message.startswith("schema.yaml:4:"), message
    assert "nested more than 64 levels deep" in message, message


def test_64_levels_are_read() -> None:
    message = error_of("version: 1\nschemas:\n  public:\n    comment: " + "[" * 61 + "]" * 61 + "\n")
    assert "nested" not in message and "expected a string" in message, message


@pytest.mark.parametrize("where", ["name", "comment"])
def test_a_lone_surrogate_is_refused_at_its_line(where: str) -> None:
    table = '"bad\\ud800name"' if where == "name" else "t"
    comment = '"bad\\udfffcomment"' if where == "comment" else "fine"
    message = error_of(f"version: 1\nschemas:\n  public:\n    tables:\n      {table}:\n"
                       f"        comment: {comment}\n        columns: {{id: bigint}}\n")
    line = 5 if where == "name" else 6
    assert message.startswith(f"schema.yaml:{line}:"), message
    assert "lone surrogate" in message, message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo"])
def test_only_regular_files_are_specs(device: str, tmp_path: Path) -> None:
    import os

    path = device
    if device == "fifo":
        path = str(tmp_path / "schema.yaml")
        os.mkfifo(path)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert str(caught.value) == f"{path}: not a regular file (specs are read from regular files only)"


def test_a_file_over_64_mib_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "schema.yaml"
    with open(path, "wb") as sparse:
        sparse.truncate(64 * 2**20 + 1)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert "larger than 64 MiB" in str(caught.value)


# --- masking passwords, libpq's own messages included ---------------------------------------

@pytest.mark.parametrize("message", [
    'invalid percent-encoded token: "Kq7Zr%zzWm3Pt"',
    'unexpected spaces found in "Gd2Rw Yb6Ms@127.0.0.1:1", use percent-encoded spaces (%20) instead',
    'missing "=" after "Yb6Ms" in connection info string',
    'invalid connection option "Yb6Ms"',
    'invalid URI query parameter: "Kq7Zr"',
    'unexpected character "x" at position 9 in URI (expected ":" or "/"): "postgresql://a:Kq7Zr@[x"',
])
def test_libpq_messages_quoting_the_connection_string_are_masked(message: str) -> None:
    from pgdecl.dsn import mask

    masked = mask(message)
    assert '"***"' in masked and not any(piece in masked for piece in ("Kq7Zr", "Yb6Ms", "Gd2Rw")), masked


def test_a_remembered_password_is_masked_anywhere() -> None:
    from pgdecl.dsn import mask, remember

    remember("postgresql://app:Wz3%41Lq9@db.internal/app")
    assert mask("role app: password Wz3%41Lq9 or WzA3Lq9?") == "role app: password *** or WzA3Lq9?"
    assert mask("decoded: Wz3ALq9") == "decoded: ***"


# --- saved plans: every statement pgdecl writes passes the audit ---------------------------

def test_every_statement_of_the_cases_passes_the_saved_plan_audit() -> None:
    from pglast import parse_sql

    from pgdecl.plan_audit import Findings

    cases = sorted((Path(__file__).resolve().parent.parent / "cases").glob("**/expected.sql"))
    assert len(cases) > 100
    for case in cases:
        text = case.read_text(encoding="utf-8")
        findings = Findings()
        for number, raw in enumerate(parse_sql(text)):
            end = raw.stmt_location + raw.stmt_len if raw.stmt_len else len(text)
            findings.statement(number, text[raw.stmt_location:end])      # EditedPlan fails the test


@pytest.mark.parametrize(("statement", "kinds"), [
    ("CREATE POLICY p ON public.t USING (owner = current_user)", set()),
    ("CREATE POLICY p ON public.t USING (true)", {"security"}),
    ("ALTER POLICY p ON public.t TO anon", {"security"}),
    ("GRANT SELECT ON public.t TO authenticated", set()),
    ("GRANT SELECT ON public.t TO PUBLIC", {"security"}),
    ("ALTER TABLE public.t ALTER COLUMN a TYPE bigint", {"data_loss"}),
    ("DROP INDEX public.i", {"data_loss"}),                     # alone: not created again
    ("CREATE INDEX i ON public.t (a)", set()),
])
def test_hazards_derived_from_a_statement(statement: str, kinds: set[str]) -> None:
    from pgdecl.plan_audit import audit_statement

    assert {hazard.kind.value for hazard in audit_statement(statement)} == kinds
