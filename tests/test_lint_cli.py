"""`pgdecl lint` end to end: specs canonicalized on a real PostgreSQL, live databases, output formats."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import run_sql
from harness import ROOT, load_preset
from pgdecl.cli import main

CRM = ROOT / "examples" / "crm"

SPEC = """\
version: 1
preset: supabase
schemas:
  public:
    tables:
      notes:
        columns:
          id: {type: uuid, primary_key: true, default: gen_random_uuid()}
          user_id: uuid not null
          tags: text[] not null default '{}'
        indexes:
          idx_notes_user_id: {columns: [user_id]}
          idx_notes_tags: {columns: [tags]}
        row_level_security: true
        policies:
          own_notes:
            for: all
            to: [authenticated]
            using: auth.uid() = user_id
"""


def lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_crm_spec_is_clean(server_dsn: str) -> None:
    code, out = lint(str(CRM / "schema.yaml"), "--shadow-url", server_dsn)
    assert (code, out) == (0, "No findings.\n")


def test_crm_before_sql_database(make_db) -> None:
    dsn = make_db()
    load_preset(dsn)
    run_sql(dsn, (CRM / "before.sql").read_text())
    code, out = lint("--database-url", dsn, "--format", "json")
    assert code == 2
    found = sorted((f["rule"], f["name"]) for f in json.loads(out)["findings"])
    assert found == sorted([
        ("view-security-invoker", "client_summary"),
        ("view-security-invoker", "pipeline_summary"),
        ("array-btree-index", "idx_deals_tags"),
        ("array-without-gin", "emails"), ("array-without-gin", "emails"), ("array-without-gin", "emails"),
        ("array-without-gin", "meetings"),
    ]), out
    # the preset's auth schema is the platform's, not linted
    assert "auth." not in out


def test_spec_findings_point_at_yaml_lines_in_text_and_sarif(server_dsn: str, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    code, out = lint(str(spec), "--shadow-url", server_dsn)
    assert code == 2
    assert f"{spec}:13:11: warn [array-btree-index] index public.idx_notes_tags" in out
    assert f"{spec}:16:11: warn [policy-per-row-auth-call] policy own_notes on public.notes" in out
    code, out = lint(str(spec), "--shadow-url", server_dsn, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and code == 2
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    region = results["array-btree-index"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 13, "startColumn": 11}
    assert results["array-btree-index"]["level"] == "warning"
    rule_ids = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in sarif["runs"][0]["results"])


def test_fail_on_and_disable_with_reason(server_dsn: str, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    assert lint(str(spec), "--shadow-url", server_dsn, "--fail-on", "error")[0] == 0
    disabled = SPEC.replace(
        "          idx_notes_tags: {columns: [tags]}",
        "          idx_notes_tags:\n            columns: [tags]\n"
        "            lint: {disable: [array-btree-index], reason: only whole-array equality lookups}")
    disabled = disabled.replace(
        "          own_notes:\n",
        "          own_notes:\n            lint: {disable: policy-per-row-auth-call, reason: benchmarked}\n")
    spec.write_text(disabled)
    code, out = lint(str(spec), "--shadow-url", server_dsn)
    assert code == 0, out
    assert "disabled [array-btree-index] index public.idx_notes_tags: only whole-array equality lookups" in out


def test_unknown_rule_and_missing_reason_are_errors(server_dsn: str, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC.replace("        row_level_security: true\n",
                                 "        row_level_security: true\n        lint: {disable: [no-such-rule], reason: x}\n"))
    code, out = lint(str(spec), "--shadow-url", server_dsn)
    assert code == 1 and "unknown lint rule 'no-such-rule'" in out
    spec.write_text(SPEC.replace("        row_level_security: true\n",
                                 "        row_level_security: true\n        lint: {disable: [fk-without-index]}\n"))
    code, out = lint(str(spec), "--shadow-url", server_dsn)
    assert code == 1 and "missing required key 'reason'" in out
