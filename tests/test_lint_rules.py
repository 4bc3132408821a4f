"""Lint rules as pure functions: one positive and one negative case each, on hand-built catalogs."""

from __future__ import annotations

from pgdecl.catalog.model import (
    Catalog, Column, Constraint, Dependency, Function, Index, ObjectKey, Policy, Privilege, QualifiedName,
    SourceMark, Table, View,
)
from pgdecl.lint import RULES, Level, LintOptions, lint_catalog
from pgdecl.lint.policies import per_row_calls
from pgdecl.lint.runner import _suppression
from pgdecl.spec.model import LintSpec

MARK = SourceMark("schema.yaml", 12, 7)


def table(name: str, *columns: Column, rls: bool = True, schema: str = "public") -> Table:
    return Table(schema, name, columns or (Column("id", "uuid", True),), rls_enabled=rls, origin=MARK)


def index(name: str, tbl: str, method: str, *columns: str, where: str = "") -> Index:
    definition = f"CREATE INDEX {name} ON public.{tbl} USING {method} ({', '.join(columns)}){where}"
    return Index("public", tbl, name, definition, method, columns=columns, origin=MARK)


def policy(name: str, tbl: str = "deals", using: str | None = "(( SELECT auth.uid() AS uid) = user_id)",
           command: str = "all", roles: tuple[str, ...] = ("authenticated",), permissive: bool = True,
           check: str | None = None) -> Policy:
    return Policy("public", tbl, name, command, permissive, roles, using, check, origin=MARK)


def function(name: str = "f", *, config: tuple[str, ...] = ('search_path=""',), definer: bool = False,
             schema: str = "public") -> Function:
    return Function(schema, name, "", "", "trigger", "function", "plpgsql", "...", security_definer=definer,
                    config=config, origin=MARK)


def view(name: str, invoker: bool | None, materialized: bool = False, schema: str = "public") -> View:
    options = (("security_invoker", "true" if invoker else "false"),) if invoker is not None else ()
    return View(schema, name, "SELECT ...", (("n", "bigint"),), options, materialized=materialized, origin=MARK)


def catalog(*objects: object, deps: tuple[Dependency, ...] = ()) -> Catalog:
    cat = Catalog(dependencies=frozenset(deps))
    for obj in objects:
        if isinstance(obj, Privilege):
            cat.privileges[obj.key] = obj
        else:
            cat.by_kind(obj.key.kind)[obj.key] = obj  # type: ignore[attr-defined]
    return cat


def rule_hits(rule_id: str, cat: Catalog, **options) -> list:
    return list(RULES[rule_id].check(cat, LintOptions(**options)))


DEALS = table("deals", Column("id", "uuid", True), Column("user_id", "uuid", True), Column("tags", "text[]", True))
DEALS_KEY = ObjectKey("table", "public", "deals")


# --- view-security-invoker ----------------------------------------------------------

def _view_catalog(v: View, rls: bool = True, via: View | None = None) -> Catalog:
    deals = table("deals", rls=rls)
    deps = [Dependency(v.key, (via or deals).key)]
    if via is not None:
        deps.append(Dependency(via.key, deals.key))
    return catalog(deals, v, *([via] if via else []), deps=tuple(deps))


def test_view_without_security_invoker_over_rls_table() -> None:
    hits = rule_hits("view-security-invoker", _view_catalog(view("summary", None)))
    assert [h.key.name for h in hits] == ["summary"]
    assert hits[0].level is Level.ERROR and hits[0].origin == MARK and "public.deals" in hits[0].message


def test_view_through_another_view_is_found() -> None:
    inner = view("inner_v", True)
    assert len(rule_hits("view-security-invoker", _view_catalog(view("outer_v", False), via=inner))) == 1


def test_view_negatives() -> None:
    assert rule_hits("view-security-invoker", _view_catalog(view("summary", True))) == []
    assert rule_hits("view-security-invoker", _view_catalog(view("summary", None), rls=False)) == []
    assert rule_hits("view-security-invoker", _view_catalog(view("m", None, materialized=True))) == []
    private = view("summary", None, schema="private")
    assert rule_hits("view-security-invoker", _view_catalog(private)) == []


def test_private_view_granted_to_api_role_is_exposed() -> None:
    private = view("summary", None, schema="private")
    cat = _view_catalog(private)
    grant = Privilege(private.key, "authenticated", "SELECT")
    cat.privileges[grant.key] = grant
    assert len(rule_hits("view-security-invoker", cat)) == 1


# --- arrays ---------------------------------------------------------------------------

def test_array_without_gin() -> None:
    hits = rule_hits("array-without-gin", catalog(DEALS))
    assert len(hits) == 1 and "public.deals.tags" in hits[0].message


def test_array_with_gin_is_clean() -> None:
    assert rule_hits("array-without-gin", catalog(DEALS, index("i", "deals", "gin", "tags"))) == []
    assert rule_hits("array-btree-index", catalog(DEALS, index("i", "deals", "gin", "tags"))) == []


def test_array_btree_index() -> None:
    cat = catalog(DEALS, index("idx_deals_tags", "deals", "btree", "tags"))
    hits = rule_hits("array-btree-index", cat)
    assert [h.key.name for h in hits] == ["idx_deals_tags"] and "using: gin" in hits[0].fix
    assert rule_hits("array-without-gin", cat) == []        # one finding per mistake
    assert rule_hits("array-btree-index", catalog(DEALS, index("i", "deals", "btree", "user_id"))) == []


# --- rls ------------------------------------------------------------------------------

def test_rls_disabled_in_exposed_schema() -> None:
    assert len(rule_hits("rls-disabled-in-exposed-schema", catalog(table("t", rls=False)))) == 1
    assert rule_hits("rls-disabled-in-exposed-schema", catalog(table("t", rls=True))) == []
    assert rule_hits("rls-disabled-in-exposed-schema", catalog(table("t", rls=False, schema="private"))) == []
    hidden = catalog(table("t", rls=False))
    assert rule_hits("rls-disabled-in-exposed-schema", hidden, exposed_schemas=("api",)) == []


def test_rls_enabled_no_policy() -> None:
    hits = rule_hits("rls-enabled-no-policy", catalog(table("deals")))
    assert len(hits) == 1 and hits[0].level is Level.INFO
    assert rule_hits("rls-enabled-no-policy", catalog(table("deals"), policy("p"))) == []


def test_policy_rls_disabled() -> None:
    assert len(rule_hits("policy-rls-disabled", catalog(table("deals", rls=False), policy("p")))) == 1
    assert rule_hits("policy-rls-disabled", catalog(table("deals"), policy("p"))) == []


# --- policies ---------------------------------------------------------------------------

def test_per_row_calls_parser() -> None:
    assert per_row_calls("(auth.uid() = user_id)") == ["auth.uid()"]
    assert per_row_calls("(( SELECT auth.uid() AS uid) = user_id)") == []
    assert per_row_calls("((auth.jwt() ->> 'role'::text) = 'admin'::text)") == ["auth.jwt()"]
    assert per_row_calls("(( SELECT (auth.jwt() ->> 'role'::text)) = 'a'::text)") == []
    assert per_row_calls("(current_setting('app.x'::text, true) = 'auth.uid()'::text)") == ["current_setting()"]
    assert per_row_calls("(myauth.uid() = user_id)") == []
    assert per_row_calls("(user_id IN ( SELECT m.user_id FROM t m WHERE (m.owner = auth.uid())))") == []


def test_policy_per_row_auth_call() -> None:
    hits = rule_hits("policy-per-row-auth-call", catalog(policy("p", using="(auth.uid() = user_id)")))
    assert len(hits) == 1 and "auth.uid()" in hits[0].message
    checked = policy("p", using=None, check="(auth.uid() = user_id)", command="insert")
    assert len(rule_hits("policy-per-row-auth-call", catalog(checked))) == 1
    assert rule_hits("policy-per-row-auth-call", catalog(policy("p"))) == []


def test_multiple_permissive_policies() -> None:
    cat = catalog(policy("a"), policy("b", command="select"))
    hits = rule_hits("multiple-permissive-policies", cat)
    assert len(hits) == 1 and "authenticated select" in hits[0].message
    public = catalog(policy("a", roles=("public",)), policy("b", command="update"))
    assert "authenticated update" in rule_hits("multiple-permissive-policies", public)[0].message


def test_multiple_permissive_policies_negatives() -> None:
    assert rule_hits("multiple-permissive-policies", catalog(policy("a"), policy("b", permissive=False))) == []
    assert rule_hits("multiple-permissive-policies",
                     catalog(policy("a", command="select"), policy("b", command="insert"))) == []
    assert rule_hits("multiple-permissive-policies",
                     catalog(policy("a", roles=("anon",)), policy("b", roles=("authenticated",)))) == []


# --- indexes ------------------------------------------------------------------------------

def _fk(columns: tuple[str, ...] = ("client_id",)) -> Constraint:
    return Constraint("public", "deals", "deals_client_id_fkey", "f",
                      f"FOREIGN KEY ({', '.join(columns)}) REFERENCES public.clients(id)", columns,
                      QualifiedName("public", "clients"), ("id",))


def test_fk_without_index() -> None:
    hits = rule_hits("fk-without-index", catalog(DEALS, _fk()))
    assert len(hits) == 1 and hits[0].origin == MARK     # the table's position when the FK has none
    partial = index("i", "deals", "btree", "client_id", where=" WHERE (client_id IS NOT NULL)")
    assert len(rule_hits("fk-without-index", catalog(DEALS, _fk(), partial))) == 1
    trailing = index("i", "deals", "btree", "user_id", "client_id")
    assert len(rule_hits("fk-without-index", catalog(DEALS, _fk(), trailing))) == 1


def test_fk_with_covering_index() -> None:
    assert rule_hits("fk-without-index", catalog(DEALS, _fk(), index("i", "deals", "btree", "client_id"))) == []
    leading = index("i", "deals", "btree", "client_id", "stage")
    assert rule_hits("fk-without-index", catalog(DEALS, _fk(), leading)) == []
    pk = Constraint("public", "deals", "deals_pkey", "p", "PRIMARY KEY (client_id, id)", ("client_id", "id"))
    assert rule_hits("fk-without-index", catalog(DEALS, _fk(), pk)) == []


def test_duplicate_index() -> None:
    cat = catalog(DEALS, index("a", "deals", "btree", "user_id"), index("b", "deals", "btree", "user_id"))
    hits = rule_hits("duplicate-index", cat)
    assert [h.key.name for h in hits] == ["b"]
    pk = Constraint("public", "deals", "deals_pkey", "p", "PRIMARY KEY (id)", ("id",))
    assert len(rule_hits("duplicate-index", catalog(DEALS, pk, index("c", "deals", "btree", "id")))) == 1


def test_distinct_indexes_are_not_duplicates() -> None:
    cat = catalog(DEALS, index("a", "deals", "btree", "user_id"), index("b", "deals", "btree", "user_id", "id"),
                  index("c", "deals", "hash", "user_id"),
                  index("d", "deals", "btree", "user_id", where=" WHERE (user_id IS NOT NULL)"))
    assert rule_hits("duplicate-index", cat) == []


# --- functions ------------------------------------------------------------------------------

def test_function_search_path() -> None:
    assert len(rule_hits("function-search-path", catalog(function(config=())))) == 1
    assert rule_hits("function-search-path", catalog(function())) == []
    assert rule_hits("function-search-path", catalog(function(config=("search_path=public, pg_temp",)))) == []


def test_security_definer_exposed() -> None:
    assert len(rule_hits("security-definer-exposed", catalog(function(definer=True)))) == 1
    assert rule_hits("security-definer-exposed", catalog(function(definer=True, schema="private"))) == []
    assert rule_hits("security-definer-exposed", catalog(function())) == []


def test_function_search_path_leaves_security_definer_to_its_own_rule() -> None:
    definer = catalog(function(config=(), definer=True))
    assert rule_hits("function-search-path", definer) == []
    assert len(rule_hits("security-definer-search-path", definer)) == 1
    assert rule_hits("security-definer-search-path", catalog(function(definer=True))) == []
    assert rule_hits("security-definer-search-path", catalog(function(config=()))) == []


def _callable_function(*grantees: str, result: str = "setof public.deals") -> Catalog:
    f = Function("public", "all_deals", "", "", result, "function", "sql", "...", security_definer=True,
                 config=('search_path=""',), origin=MARK)
    return catalog(f, *(Privilege(f.key, g, "EXECUTE") for g in grantees))


def test_security_definer_anon() -> None:
    assert "PUBLIC (the default" in rule_hits("security-definer-anon", _callable_function("PUBLIC"))[0].message
    assert len(rule_hits("security-definer-anon", _callable_function("anon", "authenticated"))) == 1
    assert rule_hits("security-definer-anon", _callable_function("authenticated")) == []
    assert rule_hits("security-definer-anon", _callable_function("PUBLIC", result="trigger")) == []


def test_policy_write_true() -> None:
    for command, using, check in [("update", "true", "(( SELECT auth.uid() AS uid) = user_id)"),
                                  ("delete", "true", None), ("insert", None, "true"), ("all", "true", None),
                                  ("insert", None, None)]:
        hits = rule_hits("policy-write-true", catalog(DEALS, policy("p", command=command, using=using, check=check)))
        assert len(hits) == 1, (command, using, check)
    assert rule_hits("policy-write-true", catalog(DEALS, policy("p", command="select", using="true"))) == []
    assert rule_hits("policy-write-true", catalog(DEALS, policy("p", command="delete", using="true",
                                                                roles=("service_role",)))) == []
    assert rule_hits("policy-write-true", catalog(DEALS, policy("p", command="all", using="true",
                                                                permissive=False))) == []
    assert rule_hits("policy-write-true", catalog(DEALS, policy("p"))) == []
    narrowed = policy("own", command="all", using="(( SELECT auth.uid() AS uid) = user_id)", permissive=False)
    assert rule_hits("policy-write-true", catalog(DEALS, policy("p", command="all", using="true"), narrowed)) == []
    assert len(rule_hits("policy-write-true", catalog(DEALS, policy("p", command="delete", using="true"),
                                                      policy("r", command="select", permissive=False)))) == 1


def test_policy_check_owner() -> None:
    own = "(( SELECT auth.uid() AS uid) = user_id)"
    read = policy("read", command="select")
    loose_insert = policy("ins", command="insert", using=None, check="(tags IS NOT NULL)")
    assert len(rule_hits("policy-check-owner", catalog(DEALS, read, loose_insert))) == 1
    loose_update = policy("upd", command="update", using=own, check="(tags IS NOT NULL)")
    assert "give their rows" in rule_hits("policy-check-owner", catalog(DEALS, read, loose_update))[0].message
    assert rule_hits("policy-check-owner", catalog(DEALS, read, policy("ins", command="insert", using=None,
                                                                       check=own))) == []
    assert rule_hits("policy-check-owner", catalog(DEALS, read, policy("upd", command="update", using=own))) == []
    pinned = policy("pin", command="all", using=own, check=own, permissive=False)
    assert rule_hits("policy-check-owner", catalog(DEALS, read, loose_insert, pinned)) == []
    no_owner = policy("ins", tbl="deals", command="insert", using=None, check="(tags IS NOT NULL)")
    assert rule_hits("policy-check-owner", catalog(DEALS, no_owner)) == []     # nothing says who owns a row


def test_materialized_view_exposed() -> None:
    stats = view("deal_stats", None, materialized=True)
    deps = (Dependency(stats.key, DEALS_KEY),)
    readable = catalog(DEALS, stats, Privilege(stats.key, "authenticated", "SELECT"), deps=deps)
    assert len(rule_hits("materialized-view-exposed", readable)) == 1
    assert rule_hits("materialized-view-exposed", catalog(DEALS, stats, deps=deps)) == []
    open_table = table("deals", Column("id", "uuid", True), rls=False)
    assert rule_hits("materialized-view-exposed", catalog(open_table, stats, Privilege(stats.key, "anon", "SELECT"),
                                                          deps=deps)) == []


# --- runner ------------------------------------------------------------------------------------

def test_suppression_by_object_and_by_table() -> None:
    cat = catalog(DEALS, _fk())
    fk_key = _fk().key
    lint = LintSpec(("fk-without-index",), "tiny table")
    assert lint_catalog(cat, suppressions={fk_key: lint}).suppressed[0].reason == "tiny table"
    result = lint_catalog(cat, suppressions={DEALS_KEY: lint})
    assert not [f for f in result.findings if f.rule == "fk-without-index"] and len(result.suppressed) == 1
    other = LintSpec(("duplicate-index",), "x")
    finding = rule_hits("fk-without-index", cat)[0]
    assert _suppression(finding, {fk_key: other}) is None


def test_findings_sorted_most_severe_first() -> None:
    result = lint_catalog(catalog(table("t", Column("tags", "text[]"), rls=False)))
    assert [f.level for f in result.findings] == sorted((f.level for f in result.findings), reverse=True)
    assert result.findings[0].rule == "rls-disabled-in-exposed-schema"
