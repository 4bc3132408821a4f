"""User mappings: a secret option (password) is read from an environment variable at apply and
never appears in the spec, the plan (SQL or JSON), the catalog pgdecl reads, or errors."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, plan_for, run_psql
from pgdecl.apply import ApplyError, ApplyOptions, apply_plan
from pgdecl.engine import replan
from pgdecl.plan_audit import audit_statement
from pgdecl.spec import SpecError, load_spec

SECRET = "s3cr3t-Hunter2%'"       # quotes and a percent sign: format() and quoting must hold

SETUP = """
DO $$BEGIN CREATE ROLE pgdecl_um_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$;
CREATE FOREIGN DATA WRAPPER um_dummy;
CREATE SERVER um_archive FOREIGN DATA WRAPPER um_dummy;
CREATE SERVER um_unlisted FOREIGN DATA WRAPPER um_dummy;
CREATE USER MAPPING FOR PUBLIC SERVER um_archive OPTIONS (user 'nobody');
CREATE USER MAPPING FOR PUBLIC SERVER um_unlisted OPTIONS (user 'kept', password 'kept-secret');
"""

SPEC = """\
version: 1
foreign_data_wrappers:
  um_dummy: {}
servers:
  um_archive: {wrapper: um_dummy}
user_mappings:
  pgdecl_um_reader@um_archive:
    options: {user: reader}
    secret_options: {password: PGDECL_UM_PASSWORD}
schemas:
  public: {}
"""


def _options(dsn: str, server: str) -> dict[str, list[str]]:
    with psycopg.connect(dsn) as conn:
        return {role: options for role, options in conn.execute(
            "SELECT CASE WHEN umuser = 0 THEN 'PUBLIC' ELSE usename END, umoptions FROM pg_user_mappings "
            "WHERE srvname = %s", [server]).fetchall()}


def test_secret_from_the_environment(make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dsn = make_db()
    run_sql(dsn, SETUP)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    monkeypatch.setenv("PGDECL_UM_PASSWORD", SECRET)
    result = plan_for(spec, dsn)
    text = result.plan.sql() + json.dumps(result.plan.to_json() if hasattr(result.plan, "to_json") else "")
    assert SECRET not in text and "s3cr3t" not in text and "kept-secret" not in text
    assert "pg_catalog.current_setting('pgdecl.secret_pgdecl_um_password')" in text
    assert "DROP USER MAPPING IF EXISTS FOR PUBLIC SERVER \"um_archive\"" in text   # on a managed server
    assert "um_unlisted" not in text                                                   # another server: left alone
    for step in result.plan.steps:
        for statement in step.statements:
            audit_statement(statement)          # a saved plan with a secret passes the audit
    apply_and_replan(result, dsn)
    assert _options(dsn, "um_archive") == {"pgdecl_um_reader": ["user=reader", f"password={SECRET}"]}
    assert _options(dsn, "um_unlisted") == {"PUBLIC": ["user=kept", "password=kept-secret"]}
    # the catalog pgdecl reads names the secret option, never its value
    live = replan(result, dsn)
    assert live.empty

    # the psql script: the secret comes from the session setting
    again = make_db()
    run_sql(again, SETUP)
    script = plan_for(spec, again).plan.sql()
    failed = run_psql(again, script)
    assert failed.returncode != 0 and "pgdecl.secret_pgdecl_um_password" in failed.stderr
    assert SECRET not in failed.stderr
    ok = run_psql(again, "SET pgdecl.secret_pgdecl_um_password = 'from-psql';\n" + script)
    assert ok.returncode == 0, ok.stderr
    assert _options(again, "um_archive")["pgdecl_um_reader"] == ["user=reader", "password=from-psql"]


def test_missing_variable_is_refused_before_anything(make_db, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dsn = make_db()
    run_sql(dsn, SETUP)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    monkeypatch.delenv("PGDECL_UM_PASSWORD", raising=False)
    result = plan_for(spec, dsn)
    with pytest.raises(ApplyError, match="environment variable PGDECL_UM_PASSWORD .* is not set; nothing was changed"):
        apply_plan(result.plan, dsn, ApplyOptions(allow_destructive=True))
    assert "pgdecl_um_reader" not in _options(dsn, "um_archive")


@pytest.mark.parametrize(("mapping", "message"), [
    ("  r@um_archive:\n    options: {user: r, password: hunter2}\n", "holds a secret"),
    ("  r@um_archive:\n    options: {user: r, sslpassword: x}\n", "holds a secret"),
    ("  r@other:\n    options: {user: r}\n", "server 'other' is not listed under servers"),
    ("  r:\n    options: {user: r}\n", "expected 'role@server'"),
    ("  r@um_archive:\n    secret_options: {password: 'not a name'}\n", "environment variable"),
])
def test_bad_user_mappings(tmp_path: Path, mapping: str, message: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nservers:\n  um_archive: {wrapper: um_dummy}\nuser_mappings:\n" + mapping)
    with pytest.raises(SpecError) as caught:
        load_spec(spec)
    assert message in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_export_writes_a_placeholder_and_warns(make_db, tmp_path: Path) -> None:
    from pgdecl.export import export_database

    dsn = make_db()
    run_sql(dsn, SETUP + "CREATE USER MAPPING FOR pgdecl_um_reader SERVER um_archive "
                         "OPTIONS (user 'reader', password 'do-not-print');")
    exported = export_database(dsn, ("public",))
    assert exported.document["user_mappings"]["pgdecl_um_reader@um_archive"] == {
        "options": {"user": "reader"}, "secret_options": {"password": "PGDECL_UM_ARCHIVE_PGDECL_UM_READER_PASSWORD"}}
    assert exported.document["user_mappings"]["PUBLIC@um_unlisted"] == {"options": {"user": "kept"},
                                                                        "secret_options": {
                                                                            "password": "PGDECL_UM_UNLISTED_PUBLIC_PASSWORD"}}
    assert any("PGDECL_UM_ARCHIVE_PGDECL_UM_READER_PASSWORD" in w for w in exported.warnings)
    assert "do-not-print" not in repr(exported.document) + repr(exported.warnings)
    assert "kept-secret" not in repr(exported.document) + repr(exported.warnings)


def test_public_mapping_is_a_security_hazard(make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pgdecl.plan import HazardKind

    dsn = make_db()
    run_sql(dsn, "CREATE FOREIGN DATA WRAPPER um_dummy; CREATE SERVER um_archive FOREIGN DATA WRAPPER um_dummy;")
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC.replace("pgdecl_um_reader@um_archive", "PUBLIC@um_archive"))
    monkeypatch.setenv("PGDECL_UM_PASSWORD", SECRET)
    result = plan_for(spec, dsn)
    hazards = [h for step in result.plan.steps for h in step.hazards]
    assert [h.kind for h in hazards] == [HazardKind.SECURITY]
    assert "every role with USAGE on server um_archive" in hazards[0].message
    with pytest.raises(Exception, match="security"):
        apply_plan(result.plan, dsn, ApplyOptions(allow_destructive=True))
