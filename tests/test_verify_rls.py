"""`pgdecl verify-rls`: attacks as user A and as anon on specs built in a scratch database.

The specs are data: tests/verify_rls/{leaky,safe}/*.yaml, each a plain spec (run it with
`pgdecl verify-rls FILE`) whose first comment lines say what verify-rls must report:
``# expect-exit: N`` and one ``# expect: TEXT`` per line the text report must contain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness import ROOT
from pgdecl.catalog.model import Catalog, Column, Function, Policy, Table
from pgdecl.cli import main
from pgdecl.errors import PgdeclError
from pgdecl.rls import find_owners, render, uid_columns, verify
from pgdecl.rls.owners import helper_owner_positions
from pgdecl.spec import SpecError, load_spec
from pgdecl.spec.model import VerifyRlsSpec

CASES = Path(__file__).parent / "verify_rls"
LEAKY = sorted((CASES / "leaky").glob("*.yaml"))
SAFE = sorted((CASES / "safe").glob("*.yaml"))
CRM = ROOT / "examples" / "crm" / "schema.yaml"


def expectations(path: Path) -> tuple[int, list[str]]:
    lines = [line for line in path.read_text().splitlines() if line.startswith("# expect")]
    exit_code = int(lines[0].split(":", 1)[1])
    return exit_code, [line.split(": ", 1)[1].strip() for line in lines[1:]]


def test_enough_cases() -> None:
    assert len(LEAKY) >= 20 and len(SAFE) >= 5
    assert all(expectations(p)[0] == 2 and expectations(p)[1] for p in LEAKY)
    assert all(expectations(p)[0] == 0 and "No leaks" in expectations(p)[1] for p in SAFE)


@pytest.mark.parametrize("path", LEAKY + SAFE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(server_dsn: str, path: Path) -> None:
    exit_code, expected = expectations(path)
    report = verify(load_spec(path), server_dsn)
    text = render(report, "text")
    assert report.exit_code == exit_code, text
    for line in expected:
        assert line in text, f"{line!r} not in:\n{text}"
    if exit_code == 0:
        assert not report.leaks and not report.unverified and report.probed, text
    else:
        assert "No leaks" not in text


def test_crm_has_no_leaks(server_dsn: str) -> None:
    report = verify(load_spec(CRM), server_dsn)
    assert report.exit_code == 0 and render(report, "text").splitlines()[-1].startswith("No leaks"), \
        render(report, "text")
    assert set(report.seeded) == {f"public.{t}" for t in ("clients", "deals", "activities", "meetings", "emails")}
    assert all(n == 2 for n in report.seeded.values())
    assert {"view public.pipeline_summary", "view public.client_summary", "table public.deals"} <= set(report.probed)


def _crm_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = CRM.read_text()
    assert old in text
    path = tmp_path / "schema.yaml"
    path.write_text(text.replace(old, new))
    return path


def test_crm_view_without_security_invoker_leaks(server_dsn: str, tmp_path: Path) -> None:
    spec = _crm_variant(tmp_path, "      pipeline_summary:\n        security_invoker: true",
                        "      pipeline_summary:\n        security_invoker: false")
    report = verify(load_spec(spec), server_dsn)
    assert [leak.describe() for leak in report.leaks] == [
        "A read 1 row(s) built from B's rows through view public.pipeline_summary"]


def test_crm_with_a_table_nobody_owns_is_not_verified(server_dsn: str, tmp_path: Path) -> None:
    spec = _crm_variant(tmp_path, "    views:\n", "      tags:\n        columns: {id: int primary key, label: text}\n"
                                              "        grants: {authenticated: [select]}\n    views:\n")
    report = verify(load_spec(spec), server_dsn)
    assert report.exit_code == 2 and not report.leaks
    assert [u.describe() for u in report.unverified] == [
        "table public.tags not verified: A reads 1 of its 1 row(s) and nothing says whose they are: name the owner "
        "column under verify_rls.tables, or list the table under verify_rls.public if everyone may read it (as A)"]
    spec.write_text(spec.read_text() + "verify_rls: {public: [tags]}\n")
    assert verify(load_spec(spec), server_dsn).exit_code == 0


def test_cli_formats_and_exit_codes(server_dsn: str, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["verify-rls", str(CRM), "--shadow-url", server_dsn], catch_exceptions=False)
    assert ok.exit_code == 0, ok.output
    assert ok.output.splitlines()[-1].startswith("No leaks: 7 relation(s) and 0 function(s)")
    leaky = str(CASES / "leaky" / "write_policy_true_strict_select.yaml")
    as_json = runner.invoke(main, ["verify-rls", leaky, "--shadow-url", server_dsn, "--format", "json"],
                            catch_exceptions=False)
    assert as_json.exit_code == 2
    document = json.loads(as_json.output)
    assert {(l["actor"], l["action"], l["relation"], l["rows"], l["total"]) for l in document["leaks"]} >= {
        ("A", "updated", "public.notes", 1, 1), ("A", "deleted", "public.notes", 1, 1)}
    assert document["summary"].startswith("4 leak(s), 0 not verified")     # updated, handed over, took, deleted
    sarif = runner.invoke(main, ["verify-rls", leaky, "--shadow-url", server_dsn, "--format", "sarif"],
                          catch_exceptions=False)
    assert sarif.exit_code == 2
    results = json.loads(sarif.output)["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"rls-leak"}
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] > 0 for r in results)
    unverified = runner.invoke(main, ["verify-rls", str(CASES / "leaky" / "no_owner_full_grants.yaml"),
                                      "--shadow-url", server_dsn], catch_exceptions=False)
    assert unverified.exit_code == 2 and "NOT VERIFIED table public.settings" in unverified.output
    missing = runner.invoke(main, ["verify-rls", str(tmp_path / "nope.yaml"), "--shadow-url", server_dsn])
    assert missing.exit_code == 1 and "no such spec file" in missing.output


def test_uid_columns() -> None:
    for text, expected in [
        ("(( SELECT auth.uid() AS uid) = owner)", {"owner"}),
        ("(owner = auth.uid())", {"owner"}),
        ('(t."Who" = auth.uid())', {"Who"}),
        ("((auth.jwt() ->> 'sub'::text))::uuid = owner", {"owner"}),
        ("((auth.uid() = a) OR (b = ( SELECT auth.uid() AS uid)))", {"a", "b"}),
        ("(x > 0)", set()),
        ("(owner = other)", set()),
        ("(auth.uid() = ANY (members))", set()),
    ]:
        assert uid_columns(text) == expected, text


def test_owner_through_helper_function_body() -> None:
    table = Table("public", "t", (Column("owner_id", "uuid"), Column("x", "int")))
    helper = Function("public", "is_mine", "p uuid", "p uuid", "boolean", "function", "sql",
                      "CREATE OR REPLACE FUNCTION public.is_mine(p uuid) ... AS $function$ select auth.uid() = p "
                      "$function$")
    positional = Function("public", "owns", "uuid, integer", "uuid, integer", "boolean", "function", "sql",
                          "... AS $function$ select $2 > 0 and $1 = (select auth.uid()) $function$")
    assert helper_owner_positions(helper) == {0} and helper_owner_positions(positional) == {0}
    policy = Policy("public", "t", "p", "all", True, ("authenticated",), "public.is_mine(owner_id)", None)
    catalog = Catalog(tables={table.key: table}, functions={helper.key: helper}, policies={policy.key: policy})
    owner = find_owners(catalog, VerifyRlsSpec())[table.key]
    assert owner.columns == ("owner_id",) and "public.is_mine(p uuid)" in owner.why
    unrelated = Function("public", "is_mine", "p uuid", "p uuid", "boolean", "function", "sql", "select p > 0")
    catalog.functions = {unrelated.key: unrelated}
    assert find_owners(catalog, VerifyRlsSpec()) == {}


def test_a_call_that_runs_too_long_is_not_verified(server_dsn: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pgdecl.rls.attacks.STATEMENT_TIMEOUT", "300ms")
    spec = tmp_path / "schema.yaml"
    spec.write_text((CASES / "safe" / "safe_security_definer_helper.yaml").read_text().replace(
        "body: select * from public.notes where owner_id = (select auth.uid())",
        "body: select n.* from public.notes n, pg_sleep(5) where n.owner_id = (select auth.uid())"))
    report = verify(load_spec(spec), server_dsn)
    assert {u.describe() for u in report.unverified} == {
        f"function public.my_notes() not verified: a call ran longer than 300ms: canceling statement due to "
        f"statement timeout (as {who})" for who in ("A", "anon")}
    assert report.exit_code == 2


def test_owner_hint_must_name_a_column(server_dsn: str, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    text = (CASES / "leaky" / "owner_named_in_spec.yaml").read_text()
    spec.write_text(text.replace("{owner: author_id}", "{owner: writer_id}"))
    with pytest.raises(PgdeclError, match=r"schema.yaml:\d+:\d+: verify_rls: table public.notes has no column "
                                          r"'writer_id'"):
        verify(load_spec(spec), server_dsn)
    spec.write_text(text.replace("notes: {owner: author_id}", "note: {owner: author_id}"))
    with pytest.raises(PgdeclError, match=r"schema.yaml:\d+:\d+: verify_rls.tables: the spec has no table 'note'"):
        verify(load_spec(spec), server_dsn)
    spec.write_text(text + "  public: [public.notes, nots]\n")
    with pytest.raises(PgdeclError, match=r"verify_rls.public: the spec has no table, view or function 'nots'"):
        verify(load_spec(spec), server_dsn)
    spec.write_text(text.replace("verify_rls:\n  tables:\n    notes: {owner: author_id}\n", ""))
    report = verify(load_spec(spec), server_dsn)       # without the hint nothing says whose the rows are
    assert [u.name for u in report.unverified] == ["public.notes"] and report.exit_code == 2


def test_verify_rls_section_errors_name_the_line(tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    base = "version: 1\nschemas: {public: {tables: {t: {columns: {id: int}}}}}\nverify_rls:\n"
    spec.write_text(base + "  tables:\n    t: {ownr: x}\n")
    with pytest.raises(SpecError, match=r"schema.yaml:5:9: .*unknown key 'ownr' \(did you mean 'owner'\?\)"):
        load_spec(spec)
    spec.write_text(base + "  publik: [t]\n")
    with pytest.raises(SpecError, match=r"schema.yaml:4:3: .*unknown key 'publik'"):
        load_spec(spec)
    spec.write_text(base + "  public: [a-b]\n")
    with pytest.raises(SpecError, match=r"schema.yaml:4:12: verify_rls.public\[0\]: expected a name or schema.name"):
        load_spec(spec)
    spec.write_text(base + "  tables:\n    t: {seed: {x: '1); drop table t; --'}}\n")
    with pytest.raises(SpecError, match=r"schema.yaml:5:"):
        load_spec(spec)
    spec.write_text(base + "  tables:\n    t: {owner: id, seed: {id: '1'}}\n  public: [catalog_items, public.f()]\n")
    hints = load_spec(spec).verify_rls
    assert hints.tables["t"].owner == "id" and hints.public == ("catalog_items", "public.f()")
