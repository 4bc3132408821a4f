"""`pgdecl plan --migrations DIR --name NAME`: files a migration runner applies in name order."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from harness import ROOT, load_preset, psql_binary, run_psql
from pgdecl.migrations import NON_TRANSACTIONAL_MARK, detect_style

CRM = ROOT / "examples" / "crm"


def pgdecl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", *args], capture_output=True, text=True, timeout=300,
                          env=os.environ.copy())


def run_like_a_runner(dsn: str, path: Path) -> None:
    """As Supabase's runner: each file in one transaction, unless its first line says otherwise."""
    single = [] if path.read_text().startswith(NON_TRANSACTIONAL_MARK) else ["-1"]
    ran = subprocess.run([psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", *single, "-d", dsn, "-f", str(path)],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"})
    assert ran.returncode == 0, f"{path.name}: {ran.stderr}"


def _crm_before(dsn: str) -> None:
    load_preset(dsn)
    assert run_psql(dsn, (CRM / "before.sql").read_text()).returncode == 0


@pytest.mark.parametrize("online", [False, True], ids=["offline", "online"])
def test_crm_migration_files_run_in_name_order_then_plan_is_empty(make_db, tmp_path: Path, online: bool) -> None:
    dsn = make_db()
    _crm_before(dsn)
    directory = tmp_path / "supabase" / "migrations"
    directory.mkdir(parents=True)
    (directory / "20240101000000_init.sql").write_text("-- an older migration, already applied\n")
    flags = ["--online"] if online else []
    before = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    result = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn, "--migrations", str(directory),
                    "--name", "crm_fixes", "--format", "summary", *flags)
    assert result.returncode == 2, result.stderr
    written = sorted(p for p in directory.glob("*.sql") if p.name != "20240101000000_init.sql")
    assert [re.sub(r"^\d{14}", "TS", p.name) for p in written] == \
        (["TS_crm_fixes.sql", "TS_crm_fixes_concurrently.sql"] if online else ["TS_crm_fixes.sql"])
    assert all(p.name[:14] >= before for p in written)
    main = written[0].read_text()
    assert "BEGIN" not in main and "COMMIT" not in main and "CONCURRENTLY" not in main, main
    assert "ALTER VIEW public.client_summary SET (security_invoker = 'true');" in main
    if online:
        later = written[1].read_text()
        assert later.startswith(NON_TRANSACTIONAL_MARK), later
        assert "CREATE INDEX CONCURRENTLY idx_emails_labels ON public.emails USING gin (labels);" in later
    assert f"wrote {written[0]}" in result.stderr
    for path in written:
        run_like_a_runner(dsn, path)
    again = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn)
    assert again.returncode == 0, again.stdout + again.stderr

    nothing = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn, "--migrations", str(directory),
                     "--name", "nothing")
    assert nothing.returncode == 0 and "no migration file written" in nothing.stderr
    assert sorted(directory.glob("*nothing*")) == []


def test_numbered_directories_continue_their_numbering(make_db, tmp_path: Path) -> None:
    dsn = make_db()
    _crm_before(dsn)
    (tmp_path / "001_init.sql").write_text("")
    (tmp_path / "002_more.sql").write_text("")
    assert detect_style(tmp_path) == "numbered"
    result = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn, "--migrations", str(tmp_path),
                    "--name", "crm", "--online")
    assert result.returncode == 2, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.sql")) == \
        ["001_init.sql", "002_more.sql", "003_crm.sql", "004_crm_concurrently.sql"]
    for path in sorted(tmp_path.glob("00[34]_*.sql")):
        run_like_a_runner(dsn, path)
    assert pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", dsn).returncode == 0


def test_migration_options_are_checked(tmp_path: Path, db: str) -> None:
    missing = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", db, "--migrations", str(tmp_path))
    assert missing.returncode == 1 and "--migrations needs --name" in missing.stderr
    bad = pgdecl("plan", str(CRM / "schema.yaml"), "--database-url", db, "--migrations", str(tmp_path),
                 "--name", "../escape")
    assert bad.returncode == 1 and "--name '../escape'" in bad.stderr
    assert list(tmp_path.iterdir()) == []


def test_enum_values_get_an_earlier_file_so_the_next_one_can_use_them(make_db, tmp_path: Path) -> None:
    case = ROOT / "tests" / "cases" / "type_enum_add_value"
    dsn = make_db()
    assert run_psql(dsn, (case / "before.sql").read_text()).returncode == 0
    result = pgdecl("plan", str(case / "schema.yaml"), "--database-url", dsn, "--migrations", str(tmp_path),
                    "--name", "moods", "--migrations-style", "numbered")
    assert result.returncode == 2, result.stderr
    files = sorted(tmp_path.glob("*.sql"))
    assert [p.name for p in files] == ["0001_moods_enum_values.sql", "0002_moods.sql"]
    assert files[0].read_text().startswith("-- pgdecl: enum values, committed before the next migration")
    assert "ADD VALUE 'fine' AFTER 'so_so';" in files[0].read_text()
    assert "SET DEFAULT 'fine'::public.mood;" in files[1].read_text()
    for path in files:                      # each in a transaction of its own, as a runner does
        run_like_a_runner(dsn, path)
    assert pgdecl("plan", str(case / "schema.yaml"), "--database-url", dsn).returncode == 0
