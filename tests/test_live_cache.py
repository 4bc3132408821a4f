"""The live catalog cache on a real PostgreSQL: the catalog token changes with every kind of
schema change pgdecl reads and with nothing else, and a plan reuses the catalog it read
last time only while the token is unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from conftest import run_sql
from pgdecl import cache
from pgdecl.catalog.introspect import catalog_token, introspect
from pgdecl.engine import make_plan
from pgdecl.plan import fingerprint
from pgdecl.spec import load_spec

BASE = """
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL, tags text[]);
CREATE TABLE public.deals (id bigint PRIMARY KEY, account_id bigint REFERENCES public.accounts, amount numeric);
CREATE INDEX idx_deals_account ON public.deals (account_id);
CREATE SEQUENCE public.counter;
CREATE TYPE public.stage AS ENUM ('lead', 'won');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER deals_touch BEFORE UPDATE ON public.deals FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE VIEW public.big_deals AS SELECT id, amount FROM public.deals WHERE amount > 100;
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY deals_all ON public.deals USING (amount > 0);
"""

# each changes something introspection reads, in a different catalog or way
CHANGES = [
    "CREATE TABLE public.extra (id int)",
    "ALTER TABLE public.accounts ADD COLUMN email text",
    "ALTER TABLE public.accounts ALTER COLUMN name TYPE varchar(200)",
    "ALTER TABLE public.accounts ALTER COLUMN name DROP NOT NULL",
    "ALTER TABLE public.deals ALTER COLUMN amount SET DEFAULT 0",
    "ALTER TABLE public.deals ALTER COLUMN amount DROP DEFAULT",
    "ALTER TABLE public.accounts RENAME COLUMN tags TO labels",
    "COMMENT ON TABLE public.accounts IS 'customers'",
    "COMMENT ON COLUMN public.accounts.name IS 'display name'",
    "CREATE INDEX idx_accounts_labels ON public.accounts USING gin (labels)",
    "ALTER INDEX public.idx_accounts_labels RENAME TO idx_accounts_tags",
    "DROP INDEX public.idx_accounts_tags",
    "ALTER TABLE public.deals ADD CONSTRAINT deals_amount_positive CHECK (amount > 0) NOT VALID",
    "ALTER TABLE public.deals VALIDATE CONSTRAINT deals_amount_positive",
    "ALTER TABLE public.deals DROP CONSTRAINT deals_amount_positive",
    "ALTER TABLE public.deals FORCE ROW LEVEL SECURITY",
    "ALTER POLICY deals_all ON public.deals USING (amount >= 0)",
    "CREATE POLICY deals_read ON public.deals FOR SELECT USING (true)",
    "DROP POLICY deals_read ON public.deals",
    "GRANT SELECT ON public.accounts TO PUBLIC",
    "REVOKE SELECT ON public.accounts FROM PUBLIC",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC",
    "CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$",
    "ALTER FUNCTION public.touch() SET search_path = ''",
    "ALTER TABLE public.deals DISABLE TRIGGER deals_touch",
    "DROP TRIGGER deals_touch ON public.deals",
    "CREATE OR REPLACE VIEW public.big_deals AS SELECT id, amount FROM public.deals WHERE amount > 1000",
    "ALTER VIEW public.big_deals SET (security_invoker = true)",
    "ALTER SEQUENCE public.counter INCREMENT BY 5",
    "ALTER TYPE public.stage ADD VALUE 'lost'",
    "CREATE SCHEMA crm",
    "ALTER TABLE public.extra SET SCHEMA crm",
    "ALTER TABLE public.deals REPLICA IDENTITY FULL",
    "CREATE MATERIALIZED VIEW public.totals AS SELECT sum(amount) AS total FROM public.deals WITH NO DATA",
    "REFRESH MATERIALIZED VIEW public.totals",
    "DROP TABLE crm.extra",
]

# leave the schema as it is: data, statistics, vacuum, sequence values, a no-op transaction
UNCHANGED = [
    "INSERT INTO public.accounts SELECT g, 'a' || g FROM generate_series(1, 200) g",
    "ANALYZE",
    "VACUUM public.accounts",
    "SELECT nextval('public.counter')",
    "UPDATE public.accounts SET name = name || '!'",
    "BEGIN; CREATE TABLE public.gone (id int); ROLLBACK",
]


def _token(dsn: str) -> str:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return catalog_token(conn)


def _autocommit(dsn: str, statement: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        if statement.startswith("BEGIN;"):
            conn.execute("BEGIN")
            conn.execute(statement.split(";")[1])
            conn.execute("ROLLBACK")
        else:
            conn.execute(statement)  # type: ignore[arg-type]


def _catalog(dsn: str):
    with psycopg.connect(dsn) as conn:
        return introspect(conn, ("public", "crm"))


def test_token_changes_with_every_schema_change(db: str) -> None:
    """Each change gives a new token; a token met again (a change undone, e.g. an index
    created then dropped leaves exactly the rows there were) comes with the same catalog."""
    run_sql(db, BASE)
    previous = _token(db)
    seen = {previous: _catalog(db)}
    for statement in CHANGES:
        _autocommit(db, statement)
        token, catalog = _token(db), _catalog(db)
        assert token != previous, f"the catalog token did not change with: {statement}"
        if token in seen:
            assert seen[token] == catalog, f"after {statement}: an earlier token, another catalog"
        seen[token] = catalog
        previous = token
    assert len(seen) > len(CHANGES) // 2


def test_token_ignores_data_statistics_and_rolled_back_ddl(db: str) -> None:
    run_sql(db, BASE)
    before = _token(db)
    for statement in UNCHANGED:
        _autocommit(db, statement)
        assert _token(db) == before, f"the catalog token changed with: {statement}"


def test_token_changes_when_a_role_is_renamed(db: str) -> None:
    """Privileges are read with role names, which live in a shared catalog."""
    role = f"pgdecl_r_{uuid.uuid4().hex[:8]}"
    run_sql(db, BASE + f"CREATE ROLE {role}; GRANT SELECT ON public.deals TO {role};")
    try:
        before = _token(db)
        _autocommit(db, f"ALTER ROLE {role} RENAME TO {role}_x")
        assert _token(db) != before
        _autocommit(db, f"ALTER ROLE {role}_x RENAME TO {role}")
    finally:
        run_sql(db, f"DROP OWNED BY {role}; DROP ROLE {role}")


def test_token_and_cached_plan_as_an_ordinary_role(db: str, server_dsn: str, tmp_path: Path, cached: Path) -> None:
    """Not every catalog is readable by an ordinary role (pg_user_mapping holds passwords):
    the token reads those it may, and a plan as that role uses the cache like any other."""
    role = f"pgdecl_plain_{uuid.uuid4().hex[:8]}"
    run_sql(db, f"CREATE ROLE {role} LOGIN; "
                "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL)")
    try:
        as_role = make_conninfo(db, user=role)
        with psycopg.connect(as_role, autocommit=True) as conn:
            assert not conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
            token = catalog_token(conn)
        assert token == _token(as_role)
        spec_path = tmp_path / "schema.yaml"
        spec_path.write_text(SPEC)
        plans = [make_plan(load_spec(spec_path), as_role, shadow_dsn=server_dsn) for _ in range(2)]
        assert all(result.plan.empty for result in plans)
        assert callable(plans[1]._live)                      # the second one from the cache
        run_sql(db, "ALTER TABLE public.accounts ADD COLUMN note text")
        drifted = make_plan(load_spec(spec_path), as_role, shadow_dsn=server_dsn)
        assert [step.op.describe() for step in drifted.plan.steps] == ["drop column note of table public.accounts"]
    finally:
        run_sql(db, f"DROP ROLE {role}")


SPEC = """\
version: 1
schemas:
  public:
    tables:
      accounts:
        columns:
          id: bigint primary key
          name: text not null
"""


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(folder))
    monkeypatch.delenv("PGDECL_CACHE", raising=False)
    monkeypatch.delenv("PGDECL_CACHE_LIVE", raising=False)
    return folder


def _count_introspections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import pgdecl.engine

    calls = [0]
    real = pgdecl.engine.introspect

    def counting(conn, schemas=None):
        calls[0] += 1
        return real(conn, schemas)

    monkeypatch.setattr(pgdecl.engine, "introspect", counting)
    return calls


def test_plan_reuses_the_live_catalog_until_the_schema_changes(db: str, tmp_path: Path, cached: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    run_sql(db, "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL)")
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    calls = _count_introspections(monkeypatch)

    first = make_plan(load_spec(spec_path), db)
    assert first.plan.empty and calls[0] == 1
    assert len(list(cached.glob("live-*.pickle"))) == 1
    assert len(list(cached.glob("converged-*.pickle"))) == 1
    second = make_plan(load_spec(spec_path), db)
    assert second.plan.empty and calls[0] == 1, "an unchanged database is read again"
    assert second.plan.fingerprint == first.plan.fingerprint
    # known to be empty: the catalogs it was computed from are loaded only when asked for
    assert callable(second._live) and callable(second._desired)
    assert second.live == first.live and calls[0] == 1
    assert second.desired.catalog == first.desired.catalog
    for entry in cached.glob("converged-*.pickle"):
        entry.unlink()
    third = make_plan(load_spec(spec_path), db)              # diffed again, from the cached catalogs
    assert third.plan.empty and not callable(third._live) and calls[0] == 1

    run_sql(db, "ALTER TABLE public.accounts ADD COLUMN note text")      # drift
    drifted = make_plan(load_spec(spec_path), db)
    assert calls[0] == 2
    assert [step.op.describe() for step in drifted.plan.steps] == ["drop column note of table public.accounts"]
    with psycopg.connect(db) as conn:
        fresh = introspect(conn, ("public",))
    assert drifted.live == fresh and drifted.plan.fingerprint == fingerprint(fresh)

    monkeypatch.setenv("PGDECL_CACHE_LIVE", "0")
    run_sql(db, "ALTER TABLE public.accounts DROP COLUMN note")          # converged again
    assert make_plan(load_spec(spec_path), db).plan.empty and calls[0] == 3
    assert make_plan(load_spec(spec_path), db).plan.empty and calls[0] == 4, \
        "PGDECL_CACHE_LIVE=0 reads the catalog every time"


def test_a_plan_about_to_be_applied_does_not_cache_the_catalog(db: str, tmp_path: Path, cached: Path) -> None:
    """The database is about to change: storing what it was is wasted time (the re-plan
    after the apply stores the new state), unless there is nothing to apply."""
    run_sql(db, "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL, note text)")
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    assert not make_plan(load_spec(spec_path), db, applying=True).plan.empty
    assert list(cached.glob("live-*.pickle")) == []
    assert not make_plan(load_spec(spec_path), db).plan.empty
    assert len(list(cached.glob("live-*.pickle"))) == 1
    run_sql(db, "ALTER TABLE public.accounts DROP COLUMN note")
    assert make_plan(load_spec(spec_path), db, applying=True).plan.empty
    assert len(list(cached.glob("live-*.pickle"))) == 2      # nothing to apply: kept


def test_an_edited_spec_is_not_taken_for_converged(db: str, tmp_path: Path, cached: Path) -> None:
    run_sql(db, "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL)")
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    assert make_plan(load_spec(spec_path), db).plan.empty
    assert make_plan(load_spec(spec_path), db).plan.empty
    spec_path.write_text(SPEC + "          email: text\n")
    steps = make_plan(load_spec(spec_path), db).plan.steps
    assert [step.op.describe() for step in steps] == ["add column email to table public.accounts"]


def test_cli_plan_detects_drift_after_a_cached_plan(db: str, tmp_path: Path, cached: Path) -> None:
    """The whole command, twice per state: exit 0 while the database matches (the second
    run known to be empty), exit 2 with the drift as soon as it does not (the second run
    from the cached catalog, the same plan)."""
    run_sql(db, "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL)")
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    argv = [sys.executable, "-m", "pgdecl.cli", "-v", "plan", str(spec_path), "--database-url", db]
    env = {**os.environ, "PGDECL_CACHE_DIR": str(cached)}
    runs = [subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    converged = "no changes since the last plan of this spec against this database"
    assert "live catalog from cache" not in runs[0].stderr and converged not in runs[0].stderr
    assert converged in runs[1].stderr
    run_sql(db, "COMMENT ON TABLE public.accounts IS 'drifted'")
    drifted = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert drifted.returncode == 2, drifted.stderr
    assert "COMMENT ON TABLE public.accounts IS NULL" in drifted.stdout
    assert "live catalog from cache" not in drifted.stderr and converged not in drifted.stderr
    again = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 2 and "live catalog from cache" in again.stderr, again.stderr
    assert again.stdout == drifted.stdout


def test_cached_spec_loads_its_objects_only_when_asked(tmp_path: Path, cached: Path) -> None:
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    parsed = cache.load_spec(spec_path)
    again = cache.load_spec(spec_path)
    assert isinstance(again, cache.CachedSpec)
    assert again.files == parsed.files and again.managed_schemas == ("public",)
    assert again._spec is None                          # nothing unpickled yet
    assert list(again.schemas["public"].tables) == ["accounts"]
    assert again._spec is not None
    for entry in cached.glob("chunks-*.pickle"):
        entry.unlink()                                  # pruned between two reads: parsed again
    pruned = cache.load_spec(spec_path)
    assert isinstance(pruned, cache.CachedSpec) and list(pruned.schemas) == ["public"]
    assert list(cached.glob("chunks-*.pickle"))          # and indexed again


def test_converged_plan_from_the_cache_names_unmanaged_objects(db: str, tmp_path: Path, cached: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan known to be empty without reading the catalog still names what the spec cannot
    describe (one query, not a catalog read)."""
    run_sql(db, "CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL); "
                "CREATE CONVERSION public.keep FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8")
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    calls = _count_introspections(monkeypatch)
    first = make_plan(load_spec(spec_path), db)
    second = make_plan(load_spec(spec_path), db)
    assert calls[0] == 1 and callable(second._live), "the second plan is the cached converged one"
    assert [u.describe() for u in first.plan.unmanaged] == ["conversion public.keep"]
    assert second.plan.empty and second.plan.unmanaged == first.plan.unmanaged


def test_a_stored_desired_state_is_used_without_loading_the_spec(db: str, tmp_path: Path, cached: Path) -> None:
    """A spec planned before (its desired state kept whole once planned twice): a plan with
    changes to make takes that state without loading the spec's objects."""
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(SPEC)
    for _ in range(2):
        assert not make_plan(cache.load_spec(spec_path), db).plan.empty     # the table is missing
    again = cache.load_spec(spec_path)
    result = make_plan(again, db)
    assert not result.plan.empty and again._spec is None
