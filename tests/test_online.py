"""Online changes on a real PostgreSQL: CONCURRENTLY index builds and swaps, leftovers of
interrupted builds, NOT VALID + VALIDATE, and the size threshold that picks tables."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, check_script_twice
from pgdecl.apply import PAUSE_ENV, PAUSE_MARKER, ApplyOptions, apply_plan
from pgdecl.engine import PlanResult, make_plan, replan
from pgdecl.online import OnlinePolicy, parse_size
from pgdecl.spec import load_spec

DEALS_BEFORE = """
CREATE TABLE public.deals (id bigint PRIMARY KEY, code text, tags text[] NOT NULL DEFAULT '{}');
CREATE INDEX idx_deals_tags ON public.deals (tags);
INSERT INTO public.deals SELECT g, 'c' || g, ARRAY['t' || (g % 7)] FROM generate_series(1, 500) g;
"""

DEALS_SPEC = """\
version: 1
schemas:
  public:
    tables:
      deals:
        columns:
          id: bigint primary key
          code: text
          tags: text[] not null default '{}'
        indexes:
          idx_deals_tags: {using: gin, columns: [tags]}
"""


def pgdecl(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def _spec(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    return path


def _plan(spec: Path, dsn: str, policy: OnlinePolicy = OnlinePolicy(always=True)) -> PlanResult:
    return make_plan(load_spec(spec), dsn, online=policy)


def _indexes(dsn: str) -> dict[str, tuple[str, bool]]:
    """name → (access method, valid) of the indexes of public.deals."""
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("""
            SELECT c.relname, am.amname, i.indisvalid FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid = 'public.deals'::regclass AND NOT i.indisprimary""").fetchall()
    return {name: (method, valid) for name, method, valid in rows}


def test_btree_to_gin_swap_builds_concurrently_under_a_temporary_name(db: str, tmp_path: Path) -> None:
    run_sql(db, DEALS_BEFORE)
    spec = _spec(tmp_path, DEALS_SPEC)
    plan = _plan(spec, db).plan
    # the old index is set aside (it keeps serving queries), the new one is built under the final name
    assert [s.op.describe() for s in plan.steps] == [
        "rename index public.idx_deals_tags to idx_deals_tags_pgdecl_old",
        "create index public.idx_deals_tags",
        "drop index public.idx_deals_tags_pgdecl_old",
    ]
    assert not any(s.transactional for s in plan.steps)
    script = plan.sql()
    assert 'ALTER INDEX IF EXISTS "public"."idx_deals_tags" RENAME TO "idx_deals_tags_pgdecl_old"' in script
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_deals_tags ON public.deals USING gin (tags);" in script
    assert 'DROP INDEX CONCURRENTLY IF EXISTS "public"."idx_deals_tags_pgdecl_old";' in script
    assert "index_build" not in {h.kind.value for s in plan.steps for h in s.hazards}

    done = pgdecl("apply", str(spec), "--database-url", db, "--yes", "--online")
    assert done.returncode == 0, done.stderr
    assert _indexes(db) == {"idx_deals_tags": ("gin", True)}
    assert pgdecl("plan", str(spec), "--database-url", db, "--online").returncode == 0
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0


def test_swap_script_runs_twice_under_psql(db: str, tmp_path: Path) -> None:
    run_sql(db, DEALS_BEFORE)
    check_script_twice(_plan(_spec(tmp_path, DEALS_SPEC), db), db)
    assert _indexes(db) == {"idx_deals_tags": ("gin", True)}


@pytest.mark.parametrize("killed_after, build_failed, left", [
    (1, False, ["create index public.idx_deals_tags", "drop index public.idx_deals_tags_pgdecl_old"]),
    (2, False, ["drop index public.idx_deals_tags_pgdecl_old"]),
    (2, True, ["drop index public.idx_deals_tags", "create index public.idx_deals_tags",
               "drop index public.idx_deals_tags_pgdecl_old"]),
], ids=["after-rename", "after-build", "build-interrupted"])
def test_interrupted_swap_is_finished_by_the_next_run(db: str, tmp_path: Path, killed_after: int,
                                                      build_failed: bool, left: list[str]) -> None:
    run_sql(db, DEALS_BEFORE)
    spec = _spec(tmp_path, DEALS_SPEC)
    proc = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "apply", str(spec), "--database-url", db,
                             "--yes", "--online"], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, PAUSE_ENV: str(killed_after)})
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith(PAUSE_MARKER):
            break
    else:
        raise AssertionError(f"never paused: {proc.wait()}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if build_failed:    # what a CREATE INDEX CONCURRENTLY killed half-way leaves: an invalid index
        run_sql(db, "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'public.idx_deals_tags'::regclass")
        assert _indexes(db)["idx_deals_tags"] == ("gin", False)
    # the leftovers are recognised; the next run (online or not) only finishes the swap
    for policy in (OnlinePolicy(always=True), OnlinePolicy()):
        assert [s.op.describe() for s in _plan(spec, db, policy).plan.steps] == left
    done = pgdecl("apply", str(spec), "--database-url", db, "--yes")
    assert done.returncode == 0, done.stderr
    assert _indexes(db) == {"idx_deals_tags": ("gin", True)}
    assert pgdecl("plan", str(spec), "--database-url", db, "--online").returncode == 0


CODES_SPEC = DEALS_SPEC.replace("          idx_deals_tags: {using: gin, columns: [tags]}\n",
                                "          idx_deals_tags: {columns: [tags]}\n"
                                "          idx_deals_code: {columns: [code], unique: true}\n")


def _failed_concurrent_build(dsn: str) -> None:
    """A unique index built CONCURRENTLY that fails on duplicates stays behind, invalid."""
    run_sql(dsn, DEALS_BEFORE + "INSERT INTO public.deals VALUES (501, 'c1');")
    with psycopg.connect(dsn, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.UniqueViolation):
            conn.execute("CREATE UNIQUE INDEX CONCURRENTLY idx_deals_code ON public.deals (code)")
    assert _indexes(dsn)["idx_deals_code"] == ("btree", False)
    run_sql(dsn, "DELETE FROM public.deals WHERE id = 501")        # the duplicates are gone now


@pytest.mark.parametrize("online", [True, False], ids=["online", "in-transaction"])
def test_invalid_leftover_index_is_rebuilt(db: str, tmp_path: Path, online: bool) -> None:
    _failed_concurrent_build(db)
    spec = _spec(tmp_path, CODES_SPEC)
    result = _plan(spec, db, OnlinePolicy(always=online))
    assert [s.op.describe() for s in result.plan.steps] == [
        "drop index public.idx_deals_code", "create index public.idx_deals_code"]
    assert all(s.transactional is not online for s in result.plan.steps)
    apply_plan(result.plan, db, ApplyOptions())
    assert _indexes(db)["idx_deals_code"] == ("btree", True)
    assert replan(result, db).empty


def test_invalid_leftover_index_script_runs_twice(db: str, tmp_path: Path) -> None:
    _failed_concurrent_build(db)
    check_script_twice(_plan(_spec(tmp_path, CODES_SPEC), db, OnlinePolicy()), db)
    assert _indexes(db)["idx_deals_code"] == ("btree", True)


# --- NOT VALID + VALIDATE, and the threshold ---

SIZES_BEFORE = """
CREATE TABLE public.big (id bigint PRIMARY KEY, parent_id bigint, amount numeric, note text);
CREATE TABLE public.small (id bigint PRIMARY KEY, parent_id bigint, amount numeric);
INSERT INTO public.big SELECT g, g % 10 + 1, g, repeat('x', 100) FROM generate_series(1, 5000) g;
INSERT INTO public.small SELECT g, 1, 1 FROM generate_series(1, 10) g;
"""

SIZES_SPEC = """\
version: 1
schemas:
  public:
    tables:
      big:
        columns:
          id: bigint primary key
          parent_id: {type: bigint, references: small}
          amount: numeric
          note: text
        constraints:
          big_amount_positive: {check: amount > 0}
        indexes:
          idx_big_parent: {columns: [parent_id]}
      small:
        columns:
          id: bigint primary key
          parent_id: {type: bigint, references: big}
          amount: numeric
        constraints:
          small_amount_positive: {check: amount > 0}
        indexes:
          idx_small_parent: {columns: [parent_id]}
"""


def test_threshold_picks_tables_by_size(db: str, tmp_path: Path) -> None:
    run_sql(db, SIZES_BEFORE)
    spec = _spec(tmp_path, SIZES_SPEC)
    threshold = parse_size("200kB")
    with psycopg.connect(db) as conn:
        big, small = conn.execute("SELECT pg_total_relation_size('public.big'), "
                                  "pg_total_relation_size('public.small')").fetchone()  # type: ignore[misc]
    assert small < threshold <= big

    result = _plan(spec, db, OnlinePolicy(threshold_bytes=threshold))
    sql_text = result.plan.sql()
    steps = {s.op.describe(): s for s in result.plan.steps}
    # the big table: constraints NOT VALID in the transaction, VALIDATE after it; index built concurrently
    for name in ("big_parent_id_fkey", "big_amount_positive"):
        assert steps[f"create constraint {name} on public.big"].transactional
        assert not steps[f"validate constraint {name} on public.big"].transactional
        assert f'VALIDATE CONSTRAINT "{name}"' in sql_text
    assert "ADD CONSTRAINT \"big_parent_id_fkey\" FOREIGN KEY (parent_id) REFERENCES public.small(id) NOT VALID" in sql_text
    assert "ADD CONSTRAINT \"big_amount_positive\" CHECK ((amount > (0)::numeric)) NOT VALID" in sql_text
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_big_parent" in sql_text
    # the small table: plain steps in the transaction
    for name in ("small_parent_id_fkey", "small_amount_positive"):
        assert steps[f"create constraint {name} on public.small"].transactional
        assert f"validate constraint {name} on public.small" not in steps
    assert "NOT VALID" not in sql_text.split("small_parent_id_fkey")[1].split(";")[0]
    assert "CREATE INDEX IF NOT EXISTS idx_small_parent" in sql_text

    # 'off' never goes online; --online goes online for both
    offline = _plan(spec, db, OnlinePolicy(threshold_bytes=parse_size("off"))).plan
    assert all(s.transactional for s in offline.steps) and "NOT VALID" not in offline.sql()
    everything = _plan(spec, db, OnlinePolicy(always=True)).plan
    assert sum(not s.transactional for s in everything.steps) == 6

    done = pgdecl("apply", str(spec), "--database-url", db, "--yes", "--online-threshold", "200kB")
    assert done.returncode == 0, done.stderr
    with psycopg.connect(db) as conn:
        invalid = conn.execute("SELECT conname FROM pg_constraint WHERE NOT convalidated "
                               "AND connamespace = 'public'::regnamespace").fetchall()
        assert invalid == []
    assert pgdecl("plan", str(spec), "--database-url", db, "--online-threshold", "200kB").returncode == 0


def test_threshold_measures_a_renamed_table_under_its_live_name(db: str, tmp_path: Path) -> None:
    """Sizes are measured only for the tables a plan indexes or constrains, by the name they
    have in the database: renaming a big table and indexing it in one plan stays online."""
    run_sql(db, SIZES_BEFORE)
    spec = _spec(tmp_path, SIZES_SPEC.replace("      big:\n", "      huge:\n        renamed_from: big\n")
                 .replace("references: big", "references: huge"))
    result = _plan(spec, db, OnlinePolicy(threshold_bytes=parse_size("200kB")))
    sql_text = result.plan.sql()
    assert "ALTER TABLE \"public\".\"big\" RENAME TO \"huge\"" in sql_text
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_big_parent ON public.huge" in sql_text
    assert "CREATE INDEX IF NOT EXISTS idx_small_parent" in sql_text
    apply_and_replan(result, db)
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0


def test_validate_fails_cleanly_and_the_next_run_only_validates(db: str, tmp_path: Path) -> None:
    run_sql(db, SIZES_BEFORE + "INSERT INTO public.big VALUES (5001, 1, -1, 'bad');")
    spec = _spec(tmp_path, SIZES_SPEC)
    failed = pgdecl("apply", str(spec), "--database-url", db, "--yes", "--online")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr, failed.stderr
    assert "big_amount_positive" in failed.stderr and "run apply again" in failed.stderr, failed.stderr
    # the constraint exists NOT VALID; once the bad row is fixed, only VALIDATE is left
    run_sql(db, "UPDATE public.big SET amount = 1 WHERE id = 5001")
    left = [s.op.describe() for s in _plan(spec, db).plan.steps]
    assert "validate constraint big_amount_positive on public.big" in left, left
    assert not any(d.startswith("create constraint big_amount_positive") for d in left), left
    done = pgdecl("apply", str(spec), "--database-url", db, "--yes", "--online")
    assert done.returncode == 0, done.stderr
    assert pgdecl("plan", str(spec), "--database-url", db).returncode == 0


def test_comments_of_indexes_built_concurrently(db: str, tmp_path: Path) -> None:
    """The comment of a concurrently built index is set after the build, not inside the transaction."""
    run_sql(db, DEALS_BEFORE + "COMMENT ON INDEX public.idx_deals_tags IS 'old';")
    spec = _spec(tmp_path, DEALS_SPEC.replace(
        "          idx_deals_tags: {using: gin, columns: [tags]}\n",
        "          idx_deals_tags: {using: gin, columns: [tags], comment: tag search}\n"
        "          idx_deals_code: {columns: [code], comment: by code}\n"))
    result = _plan(spec, db)
    assert all(not s.transactional for s in result.plan.steps), result.plan.sql()
    assert "COMMENT ON INDEX \"public\".\"idx_deals_tags\" IS 'tag search'" in result.plan.sql()
    apply_plan(result.plan, db, ApplyOptions())
    assert replan(result, db).empty
    with psycopg.connect(db) as conn:
        comments = conn.execute("SELECT obj_description('public.idx_deals_tags'::regclass), "
                                "obj_description('public.idx_deals_code'::regclass)").fetchone()
    assert comments == ("tag search", "by code")


PARTITIONED_BEFORE = """
CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
"""
PARTITIONED_SPEC = """
version: 1
schemas:
  public:
    tables:
      measurement:
        columns: {city_id: int not null, logdate: date not null, peaktemp: int}
        partition_by: RANGE (logdate)
        indexes:
          measurement_city_idx: {columns: [city_id]}
      measurement_2024:
        partition_of: {table: measurement, bounds: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"}
      measurement_2025:
        partition_of: {table: measurement, bounds: "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"}
        indexes:
          measurement_2025_peak: {columns: [peaktemp]}
"""


def test_partitioned_table_index_stays_in_the_transaction(db: str, tmp_path: Path) -> None:
    run_sql(db, PARTITIONED_BEFORE)
    result = _plan(_spec(tmp_path, PARTITIONED_SPEC), db)
    steps = {step.op.describe(): step for step in result.plan.steps}
    parent = steps["create index public.measurement_city_idx"]
    # CREATE INDEX CONCURRENTLY is not possible on a partitioned table: built in the transaction, and said so
    assert parent.transactional and parent.statements == (
        "CREATE INDEX IF NOT EXISTS measurement_city_idx ON public.measurement USING btree (city_id)",)
    assert [h.message for h in parent.hazards] == [
        "building the index on a partitioned table builds it on every partition, blocking writes to each until "
        "it finishes (CREATE INDEX CONCURRENTLY is not possible on a partitioned table)"]
    leaf = steps["create index public.measurement_2025_peak"]
    assert not leaf.transactional and "CONCURRENTLY" in leaf.statements[0]   # a partition is a plain table
    apply_and_replan(result, db)
