"""GitOps applies what it may (issue 17, point 7), on a real PostgreSQL: a refused step
holds back only the steps that depend on it; RLS, FORCE RLS, a dropped policy,
security_invoker and narrowed privileges are restored whatever else is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, plan_for, snapshot

from pgdecl.apply import ApplyOptions, partial_plan, restores_security
from pgdecl.diff import ops as o
from pgdecl.plan import HazardKind

ROLE = "pgdecl_partial_reader"

SPEC = f"""\
version: 1
schemas:
  public:
    tables:
      notes:
        columns:
          id: bigint primary key
          owner: text
          body: varchar(10)
        indexes:
          notes_owner: {{columns: [owner]}}
          notes_body: {{columns: [body]}}
        row_level_security: {{enabled: true, force: true}}
        policies:
          own_notes: {{for: all, using: owner = current_user}}
        grants: {{{ROLE}: [select]}}
    views:
      note_ids:
        security_invoker: true
        query: SELECT id FROM public.notes
"""

# the database as the spec wants it, except body (text) and the indexes; then the drift
BEFORE = f"""
DO $$ BEGIN CREATE ROLE {ROLE}; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id bigint PRIMARY KEY, owner text, body text);
GRANT SELECT, UPDATE ON public.notes TO {ROLE};
CREATE VIEW public.note_ids AS SELECT id FROM public.notes;
CREATE TABLE public.legacy (id bigint PRIMARY KEY, payload text);
INSERT INTO public.legacy VALUES (1, 'keep me');
ALTER TABLE public.legacy ENABLE ROW LEVEL SECURITY;
CREATE POLICY legacy_read ON public.legacy FOR SELECT USING (true);
CREATE POLICY legacy_limit ON public.legacy AS RESTRICTIVE FOR SELECT USING (id < 100);
INSERT INTO public.notes VALUES (1, 'alice', 'a body longer than ten');
"""


def _reconcile(spec: Path, db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", "reconcile", str(spec), "--database-url", db,
                           "--log-format", "json", *args],
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


def _state(db: str) -> dict:
    with psycopg.connect(db) as conn:
        def one(query: str):
            return conn.execute(query).fetchone()[0]  # type: ignore[index]

        return {
            "rls": one("SELECT ARRAY[relrowsecurity, relforcerowsecurity] FROM pg_class WHERE oid = 'public.notes'::regclass"),
            "policy": one("SELECT count(*) FROM pg_policy WHERE polname = 'own_notes'"),
            "invoker": one("SELECT coalesce('security_invoker=true' = ANY(reloptions), false) FROM pg_class "
                           "WHERE oid = 'public.note_ids'::regclass"),
            "update": one(f"SELECT has_table_privilege('{ROLE}', 'public.notes', 'UPDATE')"),
            "legacy": one("SELECT to_regclass('public.legacy') IS NOT NULL"),
            "legacy_policies": one("SELECT count(*) FROM pg_policy WHERE polname LIKE 'legacy%'"),
            "body": one("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        "WHERE attrelid = 'public.notes'::regclass AND attname = 'body'"),
            "indexes": sorted(r[0] for r in conn.execute(
                "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'public.notes'::regclass "
                "AND NOT indisprimary").fetchall()),
        }


def _events(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def drifted(db: str, tmp_path: Path) -> tuple[Path, str]:
    run_sql(db, BEFORE)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    return spec, db


DRIFTED = {"rls": [False, False], "policy": 0, "invoker": False, "update": True, "legacy": True, "legacy_policies": 2, "body": "text",
           "indexes": []}


def test_partial_plan_leaves_out_only_what_depends_on_refused_steps(drifted) -> None:
    spec, db = drifted
    plan = plan_for(spec, db).plan
    allowed, withheld = partial_plan(plan, ApplyOptions())
    left = {type(w.step.op).__name__: w for w in withheld}
    assert len(withheld) == 5 and set(left) == {"DropTable", "AlterColumn", "CreateIndex", "DropPolicy"}, \
        [w.step.op.describe() for w in withheld]
    assert left["CreateIndex"].step.op.key.name == "notes_body"         # an index on the narrowed column waits
    assert left["CreateIndex"].kinds == () and left["CreateIndex"].reason.startswith("waits for: alter column body")
    assert {k.value for k in left["DropTable"].kinds} == {"data_loss"}
    kept = {type(step.op).__name__ for step in allowed.steps}
    assert {"SetRowLevelSecurity", "CreatePolicy", "AlterViewOptions", "Revoke", "CreateIndex"} <= kept
    assert all(restores_security(step) for step in allowed.steps if not isinstance(step.op, o.CreateIndex))
    # everything allowed: nothing is left out, the plan is the same
    everything = ApplyOptions(allow_destructive=True, allow_hazards=frozenset(HazardKind))
    assert partial_plan(plan, everything) == (plan, [])


def test_reconcile_applies_what_it_may_and_reports_the_rest(drifted) -> None:
    spec, db = drifted
    assert _state(db) == DRIFTED
    metrics = spec.with_name("metrics.prom")
    result = _reconcile(spec, db, "--metrics-file", str(metrics))
    assert result.returncode == 2, result.stdout + result.stderr
    text = metrics.read_text()
    assert "pgdecl_drift_steps{" in text and "} 5\n" in text.split("pgdecl_drift_steps{", 1)[1], text
    assert "pgdecl_last_success_timestamp_seconds{" not in text        # not converged
    state = _state(db)
    # security restored, the unrelated index built ...
    assert state["rls"] == [True, True] and state["policy"] == 1 and state["invoker"] is True
    assert state["update"] is False
    assert state["indexes"] == ["notes_owner"]
    # ... and the refused steps (and what depends on them) not applied: no data lost
    assert state["legacy"] is True and state["body"] == "text"
    assert state["legacy_policies"] == 2          # what goes with the refused drop stays with the table
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT payload FROM public.legacy").fetchone() == ("keep me",)
    events = _events(result.stdout)
    decisions = {e["step"]: (e["decision"], e.get("reason", "")) for e in events if e["event"] == "drift"}
    assert decisions["drop table public.legacy"][0] == "refused"
    assert "needs --allow-destructive" in decisions["drop table public.legacy"][1]
    assert decisions["create index public.notes_body"] == ("waits", "waits for: alter column body of table "
                                                                    "public.notes (type)")
    assert decisions["row level security of table public.notes"] == ("apply", "")
    [refused] = [e for e in events if e["event"] == "refused"]
    assert refused["steps"] == 2 and refused["hazards"] == "data_loss" and refused["applied"] >= 5
    assert decisions["drop policy legacy_limit on public.legacy"] == ("waits", "waits for: drop table public.legacy")
    [applied] = [e for e in events if e["event"] == "applied"]
    assert applied["steps"] == refused["applied"]
    assert "refused 2 step(s) with hazard(s) data_loss this target does not allow (3 more wait for them), " \
           f"applied {applied['steps']} other step(s)" in result.stderr
    # the next run has only the refused steps (and the waiting one) left: nothing more to apply
    before = snapshot(db, ("public",))
    again = _reconcile(spec, db)
    assert again.returncode == 2, again.stdout + again.stderr
    assert [e["decision"] for e in _events(again.stdout) if e["event"] == "drift"].count("apply") == 0
    assert snapshot(db, ("public",)) == before
    # allowing data loss converges the rest
    final = _reconcile(spec, db, "--allow-destructive")
    assert final.returncode == 0, final.stdout + final.stderr
    assert plan_for(spec, db).plan.empty


def test_dry_run_shows_what_would_apply_and_what_is_refused(drifted) -> None:
    spec, db = drifted
    result = _reconcile(spec, db, "--dry-run")
    assert result.returncode == 2, result.stdout + result.stderr
    assert _state(db) == DRIFTED                        # nothing changed
    decisions = {e["step"]: e["decision"] for e in _events(result.stdout) if e["event"] == "drift"}
    assert decisions["drop table public.legacy"] == "refused"
    assert decisions["alter column body of table public.notes (type)"] == "refused"
    assert decisions["create index public.notes_body"] == "waits"
    assert decisions["create policy own_notes on public.notes"] == "apply"
    assert decisions["create index public.notes_owner"] == "apply"
    assert "5 step(s) would apply, 2 refused, 3 waiting for them: alter column body of table public.notes " \
           "(type) [data_loss: " in result.stderr, result.stderr


def test_text_log_names_each_decision(drifted) -> None:
    spec, db = drifted
    result = subprocess.run([sys.executable, "-m", "pgdecl.cli", "reconcile", str(spec), "--database-url", db,
                             "--dry-run"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    line = next(line for line in result.stdout.splitlines() if "step=drop table public.legacy" in line)
    assert "decision=refused" in line and "--allow-destructive" in line


def test_converged_by_apply_then_drift_is_restored_without_the_refused_drop(db: str, tmp_path: Path) -> None:
    """Converged, then someone turns RLS off, drops the policy and adds a table: the security
    fixes do not wait for the refused drop of the extra table."""
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    run_sql(db, f"DO $$ BEGIN CREATE ROLE {ROLE}; EXCEPTION WHEN duplicate_object THEN NULL; END $$;")
    apply_and_replan(plan_for(spec, db), db)
    run_sql(db, "ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY; DROP POLICY own_notes ON public.notes;"
                "ALTER VIEW public.note_ids RESET (security_invoker); CREATE TABLE public.extra (id int);")
    result = _reconcile(spec, db)
    assert result.returncode == 2, result.stdout + result.stderr
    state = _state(db)
    assert (state["rls"], state["policy"], state["invoker"]) == ([True, True], 1, True)
    remaining = plan_for(spec, db).plan
    assert [step.op.describe() for step in remaining.steps] == ["drop table public.extra"]
