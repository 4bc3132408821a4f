"""The Python API (docs/api.md) against a real PostgreSQL: plan, apply with the CLI's
safety and typed refusals, export, lint, verify_rls; `import pgdecl` stays cheap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import snapshot

import pgdecl

SPEC = """\
version: 1
schemas:
  public:
    tables:
      notes:
        columns:
          id: bigint primary key
          owner: text
          tags: text[] not null default '{}'
        indexes:
          notes_tags: {using: gin, columns: [tags]}
        row_level_security: true
        policies:
          own: {for: all, using: owner = current_user}
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(SPEC)
    return path


def test_plan_apply_and_plan_again(db: str, spec: Path) -> None:
    plan = pgdecl.plan(spec, database_url=db)
    assert isinstance(plan, pgdecl.Plan) and not plan.is_empty
    assert [type(step.op).__name__ for step in plan.steps][:1] == ["CreateTable"]
    assert 'CREATE TABLE IF NOT EXISTS "public"."notes"' in plan.sql
    assert plan.sql == "".join(f"{s};\n" for step in plan.steps for s in step.statements)
    assert plan.hazards == []                          # a new table: nothing at risk
    assert plan.to_json()["steps"][0]["operation"] == "CreateTable"
    assert plan.summary().splitlines()[-1] == "Plan: 3 to create, 1 to alter."
    applied = pgdecl.apply(plan, database_url=db)
    assert isinstance(applied, pgdecl.Applied) and applied.steps == len(plan.steps) and applied.plan is plan
    again = pgdecl.plan(str(spec), database_url=db)
    assert again.is_empty and again.steps == [] and again.sql == ""
    assert pgdecl.apply(again).steps == 0            # the database it was planned against


def test_apply_refuses_destructive_steps_with_a_typed_error(db: str, spec: Path) -> None:
    pgdecl.apply(spec, database_url=db)
    run_sql(db, "CREATE TABLE public.legacy (id int); INSERT INTO public.legacy VALUES (1)")
    plan = pgdecl.plan(spec, database_url=db)
    assert [h.kind for h in plan.hazards] == [pgdecl.HazardKind.DATA_LOSS]
    before = snapshot(db, ("public",))
    with pytest.raises(pgdecl.RefusedError) as refused:
        pgdecl.apply(plan, database_url=db)
    assert [step.op.describe() for step in refused.value.steps] == ["drop table public.legacy"]
    assert "refusing 1 step(s) without --allow-destructive" in str(refused.value)
    assert isinstance(refused.value, pgdecl.PgdeclError)
    assert snapshot(db, ("public",)) == before
    assert pgdecl.apply(plan, database_url=db, allow_destructive=True).steps == 1
    assert pgdecl.plan(spec, database_url=db).is_empty


def test_security_hazards_need_allow_hazards(db: str, spec: Path) -> None:
    pgdecl.apply(spec, database_url=db)
    loose = spec.with_name("loose.yaml")
    loose.write_text(SPEC.replace("row_level_security: true", "row_level_security: false"))
    plan = pgdecl.plan(loose, database_url=db)
    with pytest.raises(pgdecl.RefusedError):
        pgdecl.apply(plan, database_url=db)
    with pytest.raises(pgdecl.PgdeclError, match="unknown hazard kind 'securty'"):
        pgdecl.apply(plan, database_url=db, allow_hazards=["securty"])
    assert pgdecl.apply(plan, database_url=db, allow_hazards=[pgdecl.HazardKind.SECURITY]).steps == 1


def test_a_plan_outdated_by_another_change_is_refused(db: str, spec: Path) -> None:
    plan = pgdecl.plan(spec, database_url=db)
    run_sql(db, "CREATE TABLE public.notes (id bigint PRIMARY KEY)")
    with pytest.raises(pgdecl.PlanOutdated):
        pgdecl.apply(plan, database_url=db)
    with psycopg.connect(db) as conn:       # nothing of the plan ran
        assert conn.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.notes'::regclass "
                            "AND attnum > 0").fetchone() == (1,)
    assert pgdecl.apply(spec, database_url=db).steps > 0       # a spec is planned afresh
    assert pgdecl.plan(spec, database_url=db).is_empty


def test_lock_timeout_is_typed(db: str, spec: Path) -> None:
    pgdecl.apply(spec, database_url=db)
    run_sql(db, "CREATE TABLE public.other (id int)")
    wider = spec.with_name("wider.yaml")
    wider.write_text(SPEC.replace("          owner: text\n", "          owner: text\n          note: text\n")
                     + "      other:\n        columns: {id: int}\n")
    plan = pgdecl.plan(wider, database_url=db)
    with psycopg.connect(db) as holder:
        holder.execute("LOCK TABLE public.notes IN ACCESS SHARE MODE")   # reads go on, ALTER waits
        with pytest.raises(pgdecl.LockTimeout):
            pgdecl.apply(plan, database_url=db, lock_timeout="200ms", lock_retries=0)
    assert pgdecl.apply(plan, database_url=db).steps == 1


def test_export_lint_and_verify_rls(db: str, spec: Path) -> None:
    pgdecl.apply(spec, database_url=db)
    exported = pgdecl.export(db)
    assert "notes:" in exported.yaml() and exported.schemas == ("public",)
    adopted = spec.with_name("exported.yaml")
    adopted.write_text(exported.yaml())
    assert pgdecl.plan(adopted, database_url=db).is_empty
    findings = pgdecl.lint(spec).findings
    assert all(f.key.name == "notes" or f.key.kind != "table" for f in findings)
    open_spec = spec.with_name("open.yaml")
    open_spec.write_text(SPEC.replace("row_level_security: true", "row_level_security: false")
                         .replace("        policies:\n          own: {for: all, using: owner = current_user}\n", ""))
    assert any(f.rule == "rls-disabled" or "row-level security" in f.message for f in pgdecl.lint(open_spec).findings)
    assert len(pgdecl.lint(database_url=db, schemas=["public"]).findings) == len(findings)
    report = pgdecl.verify_rls(spec)
    # the spec grants nothing to authenticated or anon: nothing to attack, and it says so
    assert report.probed == [] and any("public.notes" in note for note in report.notes)


def test_import_is_cheap_and_functions_keep_their_names() -> None:
    code = ("import sys, pgdecl\n"
            "assert not [m for m in sys.modules if m.startswith(('yaml', 'psycopg', 'pgdecl.'))], sys.modules\n"
            "pgdecl.plan\n"
            "assert not [m for m in sys.modules if m.startswith(('yaml', 'psycopg', 'pglast', 'rich'))]\n"
            "import pgdecl.plan, pgdecl.apply, pgdecl.export, pgdecl.lint.command, pgdecl.verify_rls, pgdecl.cli\n"
            "from pgdecl.plan import Step\n"
            "for name in ('plan', 'apply', 'export', 'lint', 'verify_rls'):\n"
            "    assert getattr(pgdecl, name).__module__ == 'pgdecl.api', name\n"
            "assert sys.modules['pgdecl.plan'].Step is Step\n"
            "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr
