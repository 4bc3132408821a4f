"""Hazards and locks of plan steps, on a real PostgreSQL: each case is a live table, a
desired spec, and the hazard kinds and lock of the one step that matters."""

from __future__ import annotations

import textwrap

import pytest

from conftest import run_sql
from harness import plan_for

BASE = """
CREATE TABLE public.t (id bigint PRIMARY KEY, code varchar(50), n integer, note text, owner text);
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
DO $$ BEGIN CREATE ROLE pgdecl_hz_anon NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
"""

def _spec(columns: str = "", extra: str = "") -> str:
    columns = columns or """
          id: bigint primary key
          code: varchar(50)
          n: integer
          note: text
          owner: text"""
    return textwrap.dedent("""\
        version: 1
        schemas:
          public:
            tables:
              t:
                columns:""") + textwrap.indent(textwrap.dedent(columns), "          ") + "\n" + \
        textwrap.indent(textwrap.dedent(extra), "        ") + "\n"


# (id, extra live SQL, desired spec, description of the step, hazard kinds, lock level or None)
CASES = [
    ("narrowing_varchar", "", _spec("""
        id: bigint primary key
        code: varchar(20)
        n: integer
        note: text
        owner: text"""), "alter column code", {"table_rewrite", "access_exclusive_lock", "data_loss"}, "ACCESS EXCLUSIVE"),
    ("widening_varchar", "", _spec("""
        id: bigint primary key
        code: varchar(80)
        n: integer
        note: text
        owner: text"""), "alter column code", set(), "ACCESS EXCLUSIVE"),
    ("int_to_bigint_rewrites", "", _spec("""
        id: bigint primary key
        code: varchar(50)
        n: bigint
        note: text
        owner: text"""), "alter column n", {"table_rewrite", "access_exclusive_lock"}, "ACCESS EXCLUSIVE"),
    ("bigint_to_int_loses", "ALTER TABLE public.t ALTER COLUMN n TYPE bigint;", _spec(),
     "alter column n", {"table_rewrite", "access_exclusive_lock", "data_loss"}, "ACCESS EXCLUSIVE"),
    ("set_not_null_scans", "", _spec("""
        id: bigint primary key
        code: varchar(50)
        n: integer not null
        note: text
        owner: text"""), "alter column n", {"access_exclusive_lock"}, "ACCESS EXCLUSIVE"),
    ("drop_column", "ALTER TABLE public.t ADD COLUMN gone text;", _spec(), "drop column gone", {"data_loss"},
     "ACCESS EXCLUSIVE"),
    ("index_build_share", "", _spec(extra="""
        indexes:
          t_note: {columns: [note]}"""), "create index", {"index_build"}, "SHARE"),
    ("foreign_key_share_row_exclusive", "", _spec("""
        id: bigint primary key
        code: varchar(50)
        n: integer references t(id)
        note: text
        owner: text""", ""), "create constraint", {"access_exclusive_lock"}, "SHARE ROW EXCLUSIVE"),
    ("policy_dropped", "CREATE POLICY p ON public.t USING (owner = current_user);",
     _spec(extra="row_level_security: true"), "drop policy", {"security"}, "ACCESS EXCLUSIVE"),
    ("policy_loosened_to_true", "CREATE POLICY p ON public.t USING (owner = current_user);",
     _spec(extra="""
        row_level_security: true
        policies:
          p: {using: 'true'}"""), "alter policy", {"security"}, "ACCESS EXCLUSIVE"),
    ("policy_tightened_is_safe", "CREATE POLICY p ON public.t USING (true);", _spec(extra="""
        row_level_security: true
        policies:
          p: {using: owner = current_user}"""), "alter policy", set(), "ACCESS EXCLUSIVE"),
    ("policy_given_to_more_roles", "CREATE POLICY p ON public.t TO postgres USING (owner = current_user);",
     _spec(extra="""
        row_level_security: true
        policies:
          p: {to: [postgres, pgdecl_hz_anon], using: owner = current_user}"""), "alter policy", {"security"},
     "ACCESS EXCLUSIVE"),
    ("restrictive_made_permissive",
     "CREATE POLICY p ON public.t AS RESTRICTIVE USING (owner = current_user);", _spec(extra="""
        row_level_security: true
        policies:
          p: {using: owner = current_user}"""), "create policy", {"security"}, "ACCESS EXCLUSIVE"),
    ("new_policy_allowing_everything", "", _spec(extra="""
        row_level_security: true
        policies:
          open: {using: 'true'}"""), "create policy", {"security"}, "ACCESS EXCLUSIVE"),
    ("rls_disabled", "", _spec(extra="row_level_security: false"), "row level security", {"security"},
     "ACCESS EXCLUSIVE"),
    ("force_removed", "ALTER TABLE public.t FORCE ROW LEVEL SECURITY;", _spec(extra="row_level_security: true"),
     "row level security", {"security"}, "ACCESS EXCLUSIVE"),
    ("grant_to_public", "", _spec(extra="""
        row_level_security: true
        grants: {public: [select]}"""), "grant SELECT", {"security"}, None),
    ("grant_to_a_named_role", "", _spec(extra="""
        row_level_security: true
        grants: {pgdecl_hz_anon: [select]}"""), "grant SELECT", {"security"}, None),   # widens: see test_security_hazards
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hazards_and_lock_of_a_step(case, make_db, tmp_path) -> None:
    name, extra_sql, spec, description, kinds, lock = case
    dsn = make_db()
    run_sql(dsn, BASE + extra_sql)
    path = tmp_path / "schema.yaml"
    # the live table has RLS on: a spec that does not mention it keeps it on
    path.write_text(spec if "row_level_security" in spec else spec + "        row_level_security: true\n")
    plan = plan_for(path, dsn).plan
    steps = [s for s in plan.steps if description in s.op.describe()]
    assert len(steps) == 1, f"{name}: one step '{description}' expected in:\n" + \
        "\n".join(s.op.describe() for s in plan.steps)
    step = steps[0]
    assert {h.kind.value for h in step.hazards} == kinds, (name, step.hazards)
    assert (step.lock.level if step.lock else None) == lock, (name, step.lock)
    document = plan.to_json()["steps"][plan.steps.index(step)]
    assert document["lock"] == ({"level": lock, "relation": "public.t"} if lock else None)


def test_new_table_steps_take_no_lock(db, tmp_path) -> None:
    path = tmp_path / "schema.yaml"
    path.write_text(_spec(extra="""
        indexes:
          t_note: {columns: [note]}"""))
    plan = plan_for(path, db).plan
    assert plan.steps and all(step.lock is None for step in plan.steps)
