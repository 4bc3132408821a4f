"""`pgdecl preset supabase`: stand-ins in a local or test database, and what the CRM plan is there."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg

from harness import ROOT, plan_for, run_psql

CRM = ROOT / "examples" / "crm"


def pgdecl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=300,
                          env=os.environ.copy())


def test_preset_creates_the_stand_ins_twice_without_error(db: str) -> None:
    for _ in range(2):
        made = pgdecl("preset", "supabase", "--database-url", db)
        assert made.returncode == 0, made.stderr
        assert "never on Supabase itself" in made.stdout
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT auth.uid() IS NULL, to_regclass('auth.users') IS NOT NULL").fetchone() == (True, True)
        defaults = conn.execute(
            "SELECT d.defaclobjtype, array_agg(DISTINCT a.grantee::regrole::text ORDER BY a.grantee::regrole::text) "
            "FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE d.defaclnamespace = 'public'::regnamespace "
            "GROUP BY 1 ORDER BY 1").fetchall()
    assert defaults == [(t, ["anon", "authenticated", "service_role"]) for t in ("S", "f", "r")]


def test_preset_refuses_a_real_supabase_database(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA auth; CREATE TABLE auth.refresh_tokens (id bigint)")
    refused = pgdecl("preset", "supabase", "--database-url", db)
    assert refused.returncode == 1
    assert "looks like a real Supabase database (table auth.refresh_tokens exists)" in refused.stderr
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT to_regprocedure('auth.uid()')").fetchone() == (None,)


def test_crm_plan_on_supabase_default_privileges_narrows_authenticated_only(db: str, server_version: int) -> None:
    assert pgdecl("preset", "supabase", "--database-url", db).returncode == 0
    assert run_psql(db, (CRM / "before.sql").read_text()).returncode == 0
    steps = plan_for(CRM / "schema.yaml", db).plan.steps
    revokes = sorted((s.op.privilege.target.name, s.op.privilege.privilege) for s in steps
                     if type(s.op).__name__ == "Revoke")
    others = sorted((s.action, s.key.kind, s.key.name) for s in steps if type(s.op).__name__ != "Revoke")
    assert others == sorted([
        ("alter", "view", "client_summary"), ("alter", "view", "pipeline_summary"),
        ("replace", "index", "idx_deals_tags"), ("replace", "index", "idx_deals_tags"),
        ("create", "index", "idx_meetings_attendees"), ("create", "index", "idx_emails_labels"),
        ("create", "index", "idx_emails_cc_email"), ("create", "index", "idx_emails_bcc_email")])
    maintain = ["MAINTAIN"] if server_version >= 170000 else []
    table_extra = sorted(["REFERENCES", "TRIGGER", "TRUNCATE", *maintain])
    view_extra = sorted(["DELETE", "INSERT", "UPDATE", *table_extra])
    expected = sorted([(t, p) for t in ("clients", "deals", "activities", "meetings", "emails") for p in table_extra]
                      + [(v, p) for v in ("client_summary", "pipeline_summary") for p in view_extra])
    assert revokes == expected
    assert len(revokes) == (34 if maintain else 27)            # the count README.md states
    assert {s.op.privilege.grantee for s in steps if type(s.op).__name__ == "Revoke"} == {"authenticated"}
