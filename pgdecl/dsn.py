"""Connection strings: masking passwords, switching databases."""

from __future__ import annotations

import re

from psycopg.conninfo import conninfo_to_dict, make_conninfo

_KV_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&]*", re.IGNORECASE)


def mask(text: str) -> str:
    """``text`` with every password of a DSN inside it replaced by ``***``."""
    text = re.sub(
        r"([a-z][a-z0-9+.-]*://[^:/@\s]*:)([^@\s]*)(@)",
        lambda m: m.group(1) + ("***" if m.group(2) else "") + m.group(3),
        text,
        flags=re.IGNORECASE,
    )
    text = _KV_PASSWORD.sub(r"\1***", text)
    return _QUERY_PASSWORD.sub(r"\1***", text)


def with_database(dsn: str, dbname: str) -> str:
    """The same server and credentials, another database."""
    params = conninfo_to_dict(dsn)
    params["dbname"] = dbname
    return make_conninfo(**{k: v for k, v in params.items() if v is not None})


def database_of(dsn: str) -> str | None:
    return conninfo_to_dict(dsn).get("dbname")  # type: ignore[return-value]
