"""`pgdecl verify-rls`: two simulated users in a scratch database built from the spec."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from harness import ROOT
from pgdecl.catalog.model import Catalog, Column, Policy, Table
from pgdecl.cli import main
from pgdecl.spec import load_spec
from pgdecl.verify_rls import user_columns, verify

CRM = ROOT / "examples" / "crm" / "schema.yaml"
DEALS_POLICY = """\
          users_own_deals:
            for: all
            to: [authenticated]
            using: (select auth.uid()) = user_id
            with_check: (select auth.uid()) = user_id"""


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = CRM.read_text()
    assert old in text
    path = tmp_path / "schema.yaml"
    path.write_text(text.replace(old, new))
    return path


def test_user_columns_from_policies() -> None:
    table = Table("public", "t", (Column("owner", "uuid"), Column("Who", "uuid"), Column("x", "int")))
    catalog = Catalog(tables={table.key: table})
    for text in ("(( SELECT auth.uid() AS uid) = owner)", "(owner = auth.uid())", '(t."Who" = auth.uid())'):
        policy = Policy("public", "t", "p", "all", True, ("authenticated",), text, None)
        catalog.policies = {policy.key: policy}
        expected = ["Who"] if "Who" in text else ["owner"]
        assert user_columns(table, catalog) == expected, text
    policy = Policy("public", "t", "p", "all", True, ("authenticated",), "(x > 0)", None)
    catalog.policies = {policy.key: policy}
    assert user_columns(table, catalog) == []


def test_crm_has_no_leaks(server_dsn: str) -> None:
    report = verify(load_spec(CRM), server_dsn)
    assert report.leaks == [], report.leaks
    assert set(report.seeded) == {f"public.{t}" for t in ("clients", "deals", "activities", "meetings", "emails")}
    assert all(n == 2 for n in report.seeded.values()) and report.notes == []
    assert "public.pipeline_summary" in report.checked and "public.client_summary" in report.checked


def test_view_without_security_invoker_leaks(server_dsn: str, tmp_path: Path) -> None:
    spec = _variant(tmp_path, "      pipeline_summary:\n        security_invoker: true",
                    "      pipeline_summary:\n        security_invoker: false")
    leaks = verify(load_spec(spec), server_dsn).leaks
    assert {(l.relation, l.operation, l.user, l.rows) for l in leaks} == {
        ("public.pipeline_summary", "select", "user_a", 1), ("public.pipeline_summary", "select", "user_b", 1)}


def test_policy_using_true_leaks_reads_and_writes(server_dsn: str, tmp_path: Path) -> None:
    spec = _variant(tmp_path, DEALS_POLICY, DEALS_POLICY.replace("using: (select auth.uid()) = user_id",
                                                                 "using: 'true'"))
    leaks = verify(load_spec(spec), server_dsn).leaks
    found = {(l.relation, l.operation) for l in leaks if l.user == "user_a"}
    # reads leak through the table and the view that aggregates it; WITH CHECK still stops updates,
    # but nothing stops deleting another user's deal
    assert found == {("public.deals", "select"), ("public.deals", "delete"),
                     ("public.pipeline_summary", "select")}, leaks


def test_cli_exit_codes_and_json(server_dsn: str, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["verify-rls", str(CRM), "--shadow-url", server_dsn], catch_exceptions=False)
    assert ok.exit_code == 0 and "No leaks: 7 relation(s) checked" in ok.output
    spec = _variant(tmp_path, DEALS_POLICY, DEALS_POLICY.replace(
        "using: (select auth.uid()) = user_id\n            with_check: (select auth.uid()) = user_id",
        "using: 'true'\n            with_check: 'true'"))
    leaky = runner.invoke(main, ["verify-rls", str(spec), "--shadow-url", server_dsn, "--format", "json"],
                          catch_exceptions=False)
    assert leaky.exit_code == 2
    ops = {(l["relation"], l["operation"]) for l in json.loads(leaky.output)["leaks"]}
    assert {("public.deals", "select"), ("public.deals", "update"), ("public.deals", "delete")} <= ops
    missing = runner.invoke(main, ["verify-rls", str(tmp_path / "nope.yaml"), "--shadow-url", server_dsn])
    assert missing.exit_code == 1
