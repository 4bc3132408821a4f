"""Collations: ICU (where the server has it), export round trip, a change blocked by the
columns that use the collation, and bad spec input reported at file:line."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, check_export_round_trip, plan_for
from pgdecl.diff.collations import UnsupportedCollationChange
from pgdecl.export import export_database
from pgdecl.spec import load_spec
from pgdecl.spec.errors import SpecError


def _has_icu(dsn: str) -> bool:
    """Whether the server was built with ICU (pg_collation lists ICU rows either way)."""
    with psycopg.connect(dsn) as conn:
        try:
            conn.execute("CREATE COLLATION public.pgdecl_icu_probe (provider = icu, locale = 'und')")
        except psycopg.errors.FeatureNotSupported:
            return False
        finally:
            conn.rollback()
    return True


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(text)
    return path


def test_icu_collation_nondeterministic_with_rules(db: str, server_version: int, tmp_path: Path) -> None:
    if not _has_icu(db):
        pytest.skip("this PostgreSQL build has no ICU (the embedded 18 wheel): ICU collations cannot be created")
    rules = "\n        rules: '&a < g'" if server_version >= 160000 else ""
    spec = _write(tmp_path, f"""
version: 1
schemas:
  public:
    collations:
      ci:
        provider: icu
        locale: und-u-ks-level2
        deterministic: false{rules}
    tables:
      users:
        columns:
          email: text collate public.ci unique
""")
    result = plan_for(spec, db)
    assert "CREATE COLLATION IF NOT EXISTS \"public\".\"ci\" (provider = ICU" in result.plan.sql()
    apply_and_replan(result, db)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT NOT collisdeterministic FROM pg_collation WHERE collname = 'ci'").fetchone()[0]
        # whether ICU compares case-insensitively depends on the ICU data the server is built
        # with (the npm builds of 14-17 carry none for und-u-ks-level2); where it does, the
        # unique index on the column uses the collation
        insensitive = conn.execute("SELECT 'A@x.org' = 'a@X.org' COLLATE public.ci").fetchone()[0]
    run_sql(db, "INSERT INTO public.users VALUES ('A@x.org')")
    if insensitive:
        with pytest.raises(psycopg.errors.UniqueViolation):      # case-insensitive: the collation is in use
            run_sql(db, "INSERT INTO public.users VALUES ('a@X.org')")


def test_changing_a_collation_columns_use_is_refused(db: str, tmp_path: Path) -> None:
    run_sql(db, "CREATE COLLATION public.sorting (locale = 'C'); "
                "CREATE TABLE public.items (name text COLLATE public.sorting)")
    spec = _write(tmp_path, """
version: 1
schemas:
  public:
    collations:
      sorting: {locale: POSIX}
    tables:
      items:
        columns:
          name: text collate public.sorting
""")
    with pytest.raises(UnsupportedCollationChange, match=r"schema.yaml:6:.*collation public.sorting.*"
                                                         r"table public.items"):
        plan_for(spec, db)


@pytest.mark.parametrize("body, message", [
    ("{provider: icu}", "needs a locale"),
    ("{lc_collate: C}", "needs a locale, or both lc_collate and lc_ctype"),
    ("{locale: C, lc_ctype: C}", "give one or the other"),
    ("{provider: icu, locale: und, lc_collate: C}", "lc_collate applies to the libc provider only"),
    ("{locale: C, rules: '&a < b'}", "rules applies to the icu provider only"),
    ("{locale: C, deterministic: false}", "only icu collations can be nondeterministic"),
    ("{provider: glibc, locale: C}", "one of: libc, icu, builtin"),
    ("{locale: C, version: '1'}", "version"),
])
def test_bad_collation_is_reported_at_file_line(tmp_path: Path, body: str, message: str) -> None:
    spec = _write(tmp_path, f"version: 1\nschemas:\n  public:\n    collations:\n      c: {body}\n")
    with pytest.raises(SpecError, match=message) as raised:
        load_spec(spec)
    assert "schema.yaml:5" in str(raised.value)


def test_export_collations_round_trip(make_db, tmp_path: Path, server_version: int) -> None:
    source, rebuilt = make_db(), make_db()
    builtin = ("CREATE COLLATION app.exact (provider = builtin, locale = 'C.UTF-8');"
               if server_version >= 170000 else "")
    icu = "CREATE COLLATION app.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);" \
        if _has_icu(source) else ""
    run_sql(source, f"""
        CREATE SCHEMA app;
        CREATE COLLATION app.posix_sort (locale = 'POSIX');
        CREATE COLLATION app.split (lc_collate = 'C', lc_ctype = 'POSIX');
        COMMENT ON COLLATION app.split IS 'split locale';
        {builtin} {icu}
        CREATE DOMAIN app.code AS text COLLATE app.posix_sort;
        CREATE TABLE app.items (id int, name text COLLATE app.split, code app.code);
        CREATE INDEX items_name ON app.items (name COLLATE app.posix_sort);
    """)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    collations = exported.document["schemas"]["app"]["collations"]
    assert collations["posix_sort"] == {"locale": "POSIX"}
    assert collations["split"] == {"lc_collate": "C", "lc_ctype": "POSIX", "comment": "split locale"}
    if builtin:
        assert collations["exact"] == {"provider": "builtin", "locale": "C.UTF-8"}
    run_sql(rebuilt, "CREATE SCHEMA app")
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))
