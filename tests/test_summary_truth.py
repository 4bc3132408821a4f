"""The summary and the JSON tell the truth (issue 17, point 5), against a real PostgreSQL:
a REVOKE is no drop, what goes with a dropped table is dropped (not replaced), a new
object's starting REVOKE ALL is part of creating it, a column swap keeps the table's
grants, a column step names its column, and piped output never cuts an expression."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import run_sql
from harness import apply_and_replan, plan_for

from pgdecl.diff import ops as o

ROLE = "pgdecl_truth_reader"
ROLE_SQL = f"DO $$ BEGIN CREATE ROLE {ROLE}; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
LONG = "x" * 90

BEFORE = f"""
{ROLE_SQL}
CREATE TABLE public.old_t (id bigint PRIMARY KEY, owner text);
ALTER TABLE public.old_t ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_only ON public.old_t USING (owner = current_user);
CREATE TABLE public.keep (id bigint PRIMARY KEY, a text, note text);
GRANT SELECT, INSERT, UPDATE, DELETE ON public.keep TO {ROLE};
ALTER TABLE public.keep ENABLE ROW LEVEL SECURITY;
CREATE POLICY wordy ON public.keep FOR SELECT USING (note = '{LONG}');
"""

SPEC = f"""\
version: 1
schemas:
  public:
    tables:
      keep:
        columns: {{id: bigint primary key, b: text, note: text}}
        grants: {{{ROLE}: [select, insert, update, delete]}}
        row_level_security: true
        policies:
          wordy: {{for: select, using: "note = '{LONG}' OR id > 0"}}
    views:
      fresh:
        query: SELECT id FROM public.keep
        grants: {{{ROLE}: [select]}}
"""


def _pgdecl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=180)


def _setup(db: str, tmp_path: Path) -> Path:
    run_sql(db, BEFORE)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    return spec


def test_dropping_one_column_and_adding_another_keeps_the_grants(db: str, tmp_path: Path) -> None:
    spec = _setup(db, tmp_path)
    result = plan_for(spec, db)
    on_keep = [step.op for step in result.plan.steps
               if isinstance(step.op, (o.Grant, o.Revoke)) and step.op.key.name == "keep"]
    assert on_keep == [], result.plan.sql()
    assert [type(step.op).__name__ for step in result.plan.steps if step.op.key.name == "keep"
            and isinstance(step.op, (o.AddColumn, o.DropColumn))] == ["DropColumn", "AddColumn"]
    apply_and_replan(result, db)
    import psycopg

    with psycopg.connect(db) as conn:
        held = conn.execute("SELECT privilege_type FROM information_schema.role_table_grants "
                            "WHERE table_name = 'keep' AND grantee = %s ORDER BY 1", [ROLE]).fetchall()
    assert [row[0] for row in held] == ["DELETE", "INSERT", "SELECT", "UPDATE"]


def test_summary_counts_what_really_happens(db: str, tmp_path: Path) -> None:
    spec = _setup(db, tmp_path)
    result = _pgdecl("plan", str(spec), "--database-url", db, "--format", "summary")
    assert result.returncode == 2, result.stderr
    lines = result.stdout.splitlines()
    # the table's own policy goes with the table: a drop, not a replacement
    assert "- drop policy owner_only on public.old_t" in lines, result.stdout
    assert not any(line.startswith("-/+") for line in lines), result.stdout
    # the new view's REVOKE ALL belongs to creating it: shown, said so, not counted
    revoke = lines.index(f"- revoke ALL on view public.fresh from {ROLE}")
    assert lines[revoke + 1].strip() == "(starting privileges of an object this plan creates)"
    # creates: column b, view fresh; alters: policy wordy; drops: policy, column a, table;
    # one grant (SELECT on the view); no revoke counted, and no revoke counted as a drop
    assert lines[-1] == "Plan: 2 to create, 1 to alter, 3 to drop; privileges: 1 to grant.", result.stdout
    # piped: the policy expressions are whole, never cut with "…"
    using = next(line.strip() for line in lines if line.strip().startswith("using: "))
    assert "…" not in result.stdout
    assert LONG in using.split(" → ")[0] and LONG in using.split(" → ")[1] and using.endswith("OR (id > 0))")


def test_json_names_the_column_and_revokes_are_no_drops(db: str, tmp_path: Path) -> None:
    spec = _setup(db, tmp_path)
    result = _pgdecl("plan", str(spec), "--database-url", db, "--format", "json")
    assert result.returncode == 2, result.stderr
    steps = json.loads(result.stdout)["steps"]
    by_operation: dict[str, list[dict]] = {}
    for step in steps:
        by_operation.setdefault(step["operation"], []).append(step)
    [add] = by_operation["AddColumn"]
    assert add["object"] == {"kind": "table", "schema": "public", "name": "keep", "table": None, "column": "b"}
    [drop_column] = by_operation["DropColumn"]
    assert drop_column["object"]["column"] == "a" and drop_column["destructive"] is True
    for step in by_operation["Revoke"] + by_operation["Grant"]:
        assert step["action"] == "alter" and step["destructive"] is False, step
    [policy] = [s for s in by_operation["DropPolicy"] if s["object"]["name"] == "owner_only"]
    assert policy["action"] == "drop", policy
    assert all("column" not in step["object"] for step in by_operation["CreateView"])
