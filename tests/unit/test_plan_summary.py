"""`--format summary`: per-object changes (DeepDiff of the live and the desired object)."""

from __future__ import annotations

from pgdecl.catalog.model import Column, Index, Policy, Table
from pgdecl.diff import ops as o
from pgdecl.online import OnlinePolicy, make_online
from pgdecl.plan import Step
from pgdecl.saved import SavedOp
from pgdecl.summary import object_changes, step_changes

BTREE = Index("public", "deals", "idx_deals_tags", "CREATE INDEX idx_deals_tags ON public.deals USING btree (tags)",
              "btree", columns=("tags",))
GIN = Index("public", "deals", "idx_deals_tags", "CREATE INDEX idx_deals_tags ON public.deals USING gin (tags)",
            "gin", columns=("tags",))


def _steps(*ops: o.Op) -> list[Step]:
    return [Step(op, ()) for op in ops]


def test_replaced_index_shows_the_access_method() -> None:
    steps = _steps(o.DropIndex(BTREE, replace=True), o.CreateIndex(GIN, replace=True))
    assert step_changes(steps) == {1: ["using: btree → gin"]}


def test_definition_is_shown_when_nothing_more_specific_differs() -> None:
    narrower = Index("public", "deals", "idx_deals_tags",
                     "CREATE INDEX idx_deals_tags ON public.deals USING btree (tags) WHERE (id > 0)", "btree",
                     columns=("tags",))
    # long text is cut to one line
    assert object_changes(BTREE, narrower) == [f"definition: {BTREE.definition} → {narrower.definition[:69]}…"]


def test_altered_policy_and_column() -> None:
    old = Policy("public", "deals", "own", "select", True, ("public",), "(stage = 'a'::text)", None)
    new = Policy("public", "deals", "own", "all", True, ("authenticated",), "(stage = 'a'::text)", "true")
    table = Table("public", "deals", (Column("code", "character varying(10)"),))
    steps = _steps(
        o.AlterPolicy(old, new),
        o.AlterColumn(table, Column("code", "character varying(10)", default="'x'::text"),
                      Column("code", "character varying(20)", default="'y'::text"), "type"),
        o.AlterColumn(table, Column("code", "text", not_null=False), Column("code", "text", not_null=True), "not_null"),
    )
    assert step_changes(steps) == {
        0: ["for: select → all", "to: [public] → [authenticated]", "with_check: (none) → true"],
        1: ["type: character varying(10) → character varying(20)"],     # the default is another step's
        2: ["not null: false → true"],
    }


def test_online_swap_pairs_the_index_set_aside_with_the_new_one() -> None:
    from pgdecl.catalog.model import Catalog, ObjectKey

    live = Catalog(tables={ObjectKey("table", "public", "deals"): Table("public", "deals", (Column("tags", "text[]"),))},
                   indexes={BTREE.key: BTREE})
    ops = make_online([o.DropIndex(BTREE, replace=True), o.CreateIndex(GIN, replace=True)], live,
                      OnlinePolicy(always=True))
    assert [type(op).__name__ for op in ops] == ["RenameIndex", "CreateIndex", "DropIndex"]
    assert step_changes(_steps(*ops)) == {1: ["using: btree → gin"]}


def test_saved_plan_steps_have_no_objects() -> None:
    assert step_changes([Step(SavedOp("create index public.x", "create", False), ())]) == {}  # type: ignore[arg-type]


def test_values_are_cut_only_when_a_width_is_given() -> None:
    long = "(note = '" + "x" * 90 + "'::text)"
    old = Policy("public", "deals", "own", "select", True, ("public",), long, None)
    new = Policy("public", "deals", "own", "select", True, ("public",), long.replace("x", "y"), None)
    steps = _steps(o.AlterPolicy(old, new))
    assert step_changes(steps)[0][0].endswith("…")
    assert step_changes(steps, None) == {0: [f"using: {long} → {new.using}"]}


def test_a_dependent_dropped_with_its_table_is_a_drop() -> None:
    policy = Policy("public", "gone", "own", "select", True, ("public",), "true", None)
    table = Table("public", "gone", (Column("id", "bigint"),))
    dropped_with = Step(o.DropPolicy(policy, replace=True), (), recreated=False)
    replaced = Step(o.DropPolicy(policy, replace=True), ())
    assert (dropped_with.action, dropped_with.destructive) == ("drop", False)
    assert replaced.action == "replace"
    assert Step(o.DropTable(table), ()).destructive


def test_privilege_changes_are_no_drops() -> None:
    from pgdecl.catalog.model import ObjectKey, Privilege
    from pgdecl.summary import summary_kind

    revoke = Step(o.Revoke(Privilege(ObjectKey("table", "public", "deals"), "anon", "SELECT")), ())
    grant = Step(o.Grant(Privilege(ObjectKey("table", "public", "deals"), "anon", "SELECT")), ())
    assert (revoke.action, revoke.destructive, summary_kind(revoke)) == ("alter", False, "revoke")
    assert (grant.action, summary_kind(grant)) == ("alter", "grant")
