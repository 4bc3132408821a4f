"""Security hazards, table-driven on a real PostgreSQL: every change that can widen access
carries a `security` hazard and `pgdecl apply --yes` refuses it (changing nothing) until
`--allow-hazards security`; changes pgdecl can show to narrow access carry none and apply
with `--yes` alone. Each case: extra live SQL, the spec as overrides of a base spec, the
step that matters, and whether it widens."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import run_sql
from harness import plan_for, snapshot
from pgdecl.cli import main
from pgdecl.engine import replan
from pgdecl.plan import HazardKind

ROLES = ("pgdecl_sh_reader", "pgdecl_sh_writer")
BASE_SQL = "".join(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n"
                   for role in ROLES) + """
CREATE TABLE public.docs (id bigint PRIMARY KEY, owner text, body text, secret text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.is_owner(o text) RETURNS boolean LANGUAGE sql STABLE AS $$SELECT o = current_user$$;
"""
IS_OWNER = {"returns": "boolean", "language": "sql", "volatility": "stable", "body": "SELECT o = current_user"}
BASE_SPEC = {
    "version": 1,
    "schemas": {"public": {
        "functions": {"is_owner(o text)": IS_OWNER},
        "tables": {"docs": {
            "columns": {"id": "bigint primary key", "owner": "text", "body": "text", "secret": "text"},
            "row_level_security": True,
        }},
    }},
}
READER, WRITER = ROLES
SD_READ = ("CREATE FUNCTION public.sd_read() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' "
           "AS $$BEGIN RETURN (SELECT count(*) FROM public.docs WHERE public.is_owner(owner)); END$$;\n")
SD_READ_SPEC = {"returns": "bigint", "language": "plpgsql", "security": "definer", "set": {"search_path": ""},
                "body": "BEGIN RETURN (SELECT count(*) FROM public.docs WHERE public.is_owner(owner)); END"}


@dataclass(frozen=True)
class Case:
    name: str
    before: str                      # live SQL after BASE_SQL
    spec: dict                       # merged into BASE_SPEC's schema public (tables.docs keys under "docs")
    step: str | None                 # a substring of the describe() of the step that matters
    widens: bool
    says: str = ""                   # a substring of that step's security hazard
    drops: bool = False              # the plan also drops something (apply with --allow-destructive)


def docs(**keys) -> dict:
    return {"docs": keys}


def policy(**keys) -> dict:
    return {"policies": {"p": keys}}


CASES = [
    # --- policies: widening ---
    Case("policy_select_to_all_keeping_true", "CREATE POLICY p ON public.docs FOR SELECT USING (true);",
         docs(**policy(**{"for": "all", "using": "true"})), "create policy", True, "command select → all"),
    Case("policy_using_or_true", "CREATE POLICY p ON public.docs FOR SELECT USING (owner = current_user);",
         docs(**policy(**{"for": "select", "using": "owner = current_user or true"})), "alter policy", True,
         "USING changed"),
    Case("policy_with_check_1_eq_1", "CREATE POLICY p ON public.docs FOR INSERT WITH CHECK (owner = current_user);",
         docs(**policy(**{"for": "insert", "with_check": "1 = 1"})), "alter policy", True, "WITH CHECK changed"),
    Case("policy_using_changed_unprovable", "CREATE POLICY p ON public.docs USING (owner = current_user);",
         docs(**policy(using="owner IS NOT NULL")), "alter policy", True, "cannot show"),
    Case("policy_using_loosened_to_true", "CREATE POLICY p ON public.docs USING (owner = current_user);",
         docs(**policy(using="true")), "alter policy", True, "loosened to true"),
    Case("policy_update_check_loosened", "CREATE POLICY p ON public.docs FOR UPDATE USING (owner = current_user);",
         docs(**policy(**{"for": "update", "using": "owner = current_user", "with_check": "owner IS NOT NULL"})),
         "alter policy", True, "WITH CHECK"),
    Case("policy_given_to_another_role", f"CREATE POLICY p ON public.docs TO {READER} USING (owner = current_user);",
         docs(**policy(to=[READER, WRITER], using="owner = current_user")), "alter policy", True,
         f"also grants access to {WRITER}"),
    Case("policy_given_to_public", f"CREATE POLICY p ON public.docs TO {READER} USING (owner = current_user);",
         docs(**policy(using="owner = current_user")), "alter policy", True, "every role (public)"),
    Case("restrictive_made_permissive", "CREATE POLICY p ON public.docs AS RESTRICTIVE USING (owner = current_user);",
         docs(**policy(using="owner = current_user")), "create policy", True, "made permissive"),
    Case("restrictive_given_to_fewer_roles",
         f"CREATE POLICY p ON public.docs AS RESTRICTIVE TO {READER}, {WRITER} USING (owner = current_user);",
         docs(**policy(**{"as": "restrictive", "to": [READER], "using": "owner = current_user"})), "alter policy",
         True, f"no longer limits {WRITER}"),
    Case("restrictive_command_narrowed", "CREATE POLICY p ON public.docs AS RESTRICTIVE USING (owner = current_user);",
         docs(**policy(**{"as": "restrictive", "for": "select", "using": "owner = current_user"})), "create policy",
         True, "no longer limits delete, insert, update"),
    Case("restrictive_predicate_loosened",
         "CREATE POLICY p ON public.docs AS RESTRICTIVE USING (owner = current_user AND body IS NOT NULL);",
         docs(**policy(**{"as": "restrictive", "using": "owner = current_user"})), "alter policy", True,
         "restrictive policy p on public.docs: USING changed"),
    Case("permissive_policy_added_under_rls", "",
         docs(**policy(**{"for": "select", "using": "owner = current_user"})), "create policy", True,
         "added to a table with row level security enabled"),
    Case("policy_dropped", "CREATE POLICY p ON public.docs AS RESTRICTIVE USING (owner = current_user);",
         {}, "drop policy", True, "policy dropped", drops=True),
    Case("rls_disabled", "", docs(row_level_security=False), "row level security", True,
         "row level security disabled"),
    Case("force_removed", "ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;", {}, "row level security", True,
         "FORCE row level security removed"),
    # --- functions ---
    Case("policy_function_returns_true", "CREATE POLICY p ON public.docs USING (public.is_owner(owner));",
         {"functions": {"is_owner(o text)": {**IS_OWNER, "body": "SELECT true"}},
          **docs(**policy(using="public.is_owner(owner)"))},
         "create function", True, "policy p on public.docs call"),
    Case("view_function_changed",
         "CREATE VIEW public.mine WITH (security_invoker = true) AS SELECT id FROM public.docs WHERE public.is_owner(owner);",
         {"functions": {"is_owner(o text)": {**IS_OWNER, "body": "SELECT o IS NOT NULL"}},
          "views": {"mine": {"security_invoker": True,
                             "query": "SELECT id FROM public.docs WHERE public.is_owner(owner)"}}},
         "create function", True, "view public.mine call"),
    Case("plpgsql_definer_calls_changed_function", SD_READ,
         {"functions": {"is_owner(o text)": {**IS_OWNER, "body": "SELECT o IS NOT NULL"}, "sd_read()": SD_READ_SPEC}},
         "create function public.is_owner", True, "SECURITY DEFINER function public.sd_read() call"),
    Case("policy_calls_plpgsql_that_calls_changed_function",
         "CREATE FUNCTION public.gate(o text) RETURNS boolean LANGUAGE plpgsql STABLE AS "
         "$$BEGIN RETURN public.is_owner(o); END$$;\n"
         "CREATE POLICY p ON public.docs USING (public.gate(owner));",
         {"functions": {"is_owner(o text)": {**IS_OWNER, "body": "SELECT true"},
                        "gate(o text)": {"returns": "boolean", "language": "plpgsql", "volatility": "stable",
                                         "body": "BEGIN RETURN public.is_owner(o); END"}},
          **docs(**policy(using="public.gate(owner)"))},
         "create function public.is_owner", True, "policy p on public.docs call"),
    Case("function_made_security_definer", "",
         {"functions": {"is_owner(o text)": {**IS_OWNER, "security": "definer"}}}, "create function", True,
         "made SECURITY DEFINER"),
    Case("definer_search_path_removed", SD_READ,
         {"functions": {"is_owner(o text)": IS_OWNER, "sd_read()": {**SD_READ_SPEC, "set": None}}},
         "create function public.sd_read", True, "search_path of SECURITY DEFINER"),
    Case("definer_body_changed", SD_READ,
         {"functions": {"is_owner(o text)": IS_OWNER,
                        "sd_read()": {**SD_READ_SPEC, "body": "BEGIN RETURN (SELECT count(*) FROM public.docs); END"}}},
         "create function public.sd_read", True, "SECURITY DEFINER function public.sd_read() changed"),
    # --- privileges ---
    Case("column_select_to_table_select_delete_truncate", f"GRANT SELECT (id) ON public.docs TO {READER};",
         docs(grants={READER: ["select", "delete", "truncate"]}), f"grant SELECT on table public.docs to {READER}",
         True, "held SELECT on column id only"),
    Case("delete_granted", f"GRANT SELECT ON public.docs TO {READER};",
         docs(grants={READER: ["select", "delete"]}), f"grant DELETE on table public.docs to {READER}", True,
         "DELETE on table public.docs granted to"),
    Case("column_privilege_granted", f"GRANT SELECT (id) ON public.docs TO {READER};",
         docs(grants={READER: [{"select": ["id", "secret"]}]}), "grant SELECT(secret)", True, "SELECT(secret)"),
    Case("select_granted_to_public", "", docs(grants={"public": ["select"]}), "grant SELECT", True,
         "unauthenticated callers gain access"),
    Case("create_on_existing_schema", "", {"grants": {WRITER: ["create"]}}, f"grant CREATE on schema public",
         True, "CREATE on schema public granted"),
    Case("grant_on_new_owner_view", "",
         {"views": {"all_docs": {"query": "SELECT id, secret FROM public.docs", "grants": {READER: ["select"]}}}},
         "grant SELECT on view public.all_docs", True, "runs as its owner"),
    Case("new_definer_function_left_to_public", "",
         {"functions": {"is_owner(o text)": IS_OWNER, "sd_read()": SD_READ_SPEC}}, "create function public.sd_read",
         True, "executable by PUBLIC"),
    Case("grant_on_new_definer_function", "",
         {"functions": {"is_owner(o text)": IS_OWNER, "sd_read()": {**SD_READ_SPEC, "grants": {"public": [], READER: ["execute"]}}}},
         f"grant EXECUTE on function public.sd_read() to {READER}", True, "new SECURITY DEFINER function"),
    # --- views ---
    Case("security_invoker_removed",
         "CREATE VIEW public.v WITH (security_invoker = true) AS SELECT id FROM public.docs;",
         {"views": {"v": {"query": "SELECT id FROM public.docs"}}}, "public.v", True, "security_invoker removed"),
    Case("owner_view_query_changed", "CREATE VIEW public.v AS SELECT id FROM public.docs WHERE owner = current_user;",
         {"views": {"v": {"query": "SELECT id FROM public.docs"}}}, "create view", True,
         "runs as its owner"),
    Case("security_barrier_removed",
         "CREATE VIEW public.v WITH (security_barrier = true) AS SELECT id FROM public.docs WHERE owner = current_user;",
         {"views": {"v": {"query": "SELECT id FROM public.docs WHERE owner = current_user"}}}, "public.v", True,
         "security_barrier removed"),

    # --- narrowing: no security hazard, applied with --yes alone ---
    Case("restrictive_policy_added", "",
         docs(**policy(**{"as": "restrictive", "using": "owner = current_user"})), "create policy", False),
    Case("policy_narrowed_by_and", "CREATE POLICY p ON public.docs USING (owner = current_user);",
         docs(**policy(using="owner = current_user AND body IS NOT NULL")), "alter policy", False),
    Case("policy_narrowed_from_true", "CREATE POLICY p ON public.docs FOR SELECT USING (true);",
         docs(**policy(**{"for": "select", "using": "owner = current_user"})), "alter policy", False),
    Case("policy_command_narrowed", "CREATE POLICY p ON public.docs USING (owner = current_user);",
         docs(**policy(**{"for": "select", "using": "owner = current_user"})), "create policy", False),
    Case("policy_roles_narrowed", f"CREATE POLICY p ON public.docs TO {READER}, {WRITER} USING (owner = current_user);",
         docs(**policy(to=[READER], using="owner = current_user")), "alter policy", False),
    Case("permissive_made_restrictive", "CREATE POLICY p ON public.docs USING (true);",
         docs(**policy(**{"as": "restrictive", "using": "true"})), "create policy", False),
    Case("policy_comment_only", "CREATE POLICY p ON public.docs USING (owner = current_user);",
         docs(**policy(using="owner = current_user", comment="mine only")), "comment on", False),
    Case("rls_enabled_with_policy", "ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;",
         docs(**policy(using="owner = current_user")), "row level security", False),
    Case("revoke", f"GRANT SELECT, DELETE ON public.docs TO {READER};", docs(grants={READER: ["select"]}),
         "revoke DELETE", False),
    Case("table_select_to_column_select", f"GRANT SELECT ON public.docs TO {READER};",
         docs(grants={READER: [{"select": ["id", "owner"]}]}), "grant SELECT(id)", False),
    Case("grant_on_new_table", "",
         {"tables": {"notes": {"columns": {"id": "bigint primary key"}, "grants": {READER: ["select"]}}}},
         "grant SELECT on table public.notes", False),
    Case("grant_on_new_invoker_view", "",
         {"views": {"mine": {"security_invoker": True, "query": "SELECT id FROM public.docs",
                             "grants": {READER: ["select"]}}}}, "grant SELECT on view public.mine", False),
    Case("security_invoker_added", "CREATE VIEW public.v AS SELECT id FROM public.docs;",
         {"views": {"v": {"security_invoker": True, "query": "SELECT id FROM public.docs"}}}, "public.v", False),
    Case("invoker_view_query_changed",
         "CREATE VIEW public.v WITH (security_invoker = true) AS SELECT id FROM public.docs WHERE owner = current_user;",
         {"views": {"v": {"security_invoker": True, "query": "SELECT id FROM public.docs"}}}, "create view", False),
    Case("new_definer_function_not_public", "",
         {"functions": {"is_owner(o text)": IS_OWNER, "sd_read()": {**SD_READ_SPEC, "grants": {"public": []}}}},
         "create function public.sd_read", False),
    Case("uncalled_function_changed", "", {"functions": {"is_owner(o text)": {**IS_OWNER, "body": "SELECT true"}}},
         "create function", False),
]


def _spec(case: Case) -> dict:
    spec = copy.deepcopy(BASE_SPEC)
    public = spec["schemas"]["public"]
    for key, value in copy.deepcopy(case.spec).items():
        if key == "docs":
            public["tables"]["docs"].update(value)
        elif key in public and isinstance(value, dict):
            public[key].update(value)
        else:
            public[key] = value
    for function in public["functions"].values():
        if function.get("set", ...) is None:
            del function["set"]
    return spec


def _apply(spec: Path, dsn: str, *flags: str):
    return CliRunner().invoke(main, ["apply", str(spec), "--database-url", dsn, "--yes", *flags])


def _security(step) -> list[str]:
    return [h.message for h in step.hazards if h.kind is HazardKind.SECURITY]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_security_hazard(case: Case, make_db, tmp_path: Path) -> None:
    dsn = make_db()
    run_sql(dsn, BASE_SQL + case.before)
    path = tmp_path / "schema.yaml"
    path.write_text(yaml.safe_dump(_spec(case), sort_keys=False))
    result = plan_for(path, dsn)
    steps = [s for s in result.plan.steps if case.step in s.op.describe()]
    assert steps, f"no step '{case.step}' in:\n" + "\n".join(s.op.describe() for s in result.plan.steps)
    flags = ("--allow-destructive",) if case.drops else ()
    if not case.widens:
        flagged = {s.op.describe(): _security(s) for s in result.plan.steps if _security(s)}
        assert not flagged, f"narrowing change flagged: {flagged}"
        applied = _apply(path, dsn, *flags)
        assert applied.exit_code == 0, applied.output
        assert replan(result, dsn).empty
        return

    messages = [m for s in steps for m in _security(s)]
    assert any(case.says in m for m in messages), (case.says, messages)
    before = snapshot(dsn, result.schemas)
    refused = _apply(path, dsn, *flags)
    assert refused.exit_code == 1, refused.output
    assert "refusing" in refused.output and "security: " in refused.output and \
        "--allow-hazards security" in refused.output, refused.output
    assert snapshot(dsn, result.schemas) == before, "a refused apply changed the database"
    applied = _apply(path, dsn, *flags, "--allow-hazards", "security")
    assert applied.exit_code == 0, applied.output
    assert replan(result, dsn).empty, "re-plan after apply is not empty"


def test_at_least_twenty_five_widening_cases() -> None:
    assert sum(case.widens for case in CASES) >= 25
    assert sum(not case.widens for case in CASES) >= 5
