"""Lint sees statically what verify-rls proves by attack: each leaky spec whose leak shows in the
definitions gets the matching lint finding, and the safe specs that avoid those patterns get none."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import ROOT
from pgdecl.lint import Level, LintOptions
from pgdecl.lint.command import lint_target

CASES = Path(__file__).parent / "verify_rls"

PARITY = {
    "write_policy_true_strict_select": {"policy-write-true"},
    "generated_always_key": {"policy-write-true"},
    "insert_check_not_pinning_owner": {"policy-write-true"},
    "insert_check_without_owner": {"policy-check-owner"},
    "update_check_lets_owner_change": {"policy-write-true"},
    "update_using_true_check_pins_owner_steal": {"policy-write-true"},
    "jwt_owner_delete_true": {"policy-write-true"},
    "anon_deletes": {"policy-write-true"},
    "multi_tenant_insert_into_other_org": {"policy-write-true"},
    "security_definer_returns_everyone": {"security-definer-anon"},
    "security_definer_by_owner_id_no_search_path": {"security-definer-search-path", "security-definer-anon"},
    "materialized_view_granted": {"materialized-view-exposed"},
    "owner_view_aggregate": {"view-security-invoker"},
    "owner_view_rows_writable": {"view-security-invoker"},
    "rls_disabled": {"rls-disabled-in-exposed-schema"},
    "no_owner_full_grants": {"rls-disabled-in-exposed-schema"},
}
ISOLATION_RULES = {"policy-write-true", "policy-check-owner", "materialized-view-exposed",
                   "security-definer-search-path", "view-security-invoker", "rls-disabled-in-exposed-schema"}


def rules_of(server_dsn: str, path: Path) -> set[str]:
    result = lint_target((str(path),), None, server_dsn, (), LintOptions())
    return {f.rule for f in result.at_least(Level.WARN)}


@pytest.mark.parametrize("name", sorted(PARITY))
def test_lint_reports_the_leak(server_dsn: str, name: str) -> None:
    found = rules_of(server_dsn, CASES / "leaky" / f"{name}.yaml")
    assert PARITY[name] <= found, found


@pytest.mark.parametrize("path", [ROOT / "examples" / "crm" / "schema.yaml"] + [
    CASES / "safe" / f"{name}.yaml" for name in ("multi_tenant_membership", "restrictive_policies", "public_catalog")],
    ids=lambda p: p.stem if p.stem != "schema" else "crm")
def test_safe_specs_have_no_isolation_findings(server_dsn: str, path: Path) -> None:
    assert not rules_of(server_dsn, path) & (ISOLATION_RULES | {"security-definer-anon"})
