"""Connection strings: masking passwords, switching databases."""

from __future__ import annotations

import re
import threading
from urllib.parse import unquote

# scheme://user:PASSWORD@host — the password runs to the last '@' of the line (an
# unencoded '@', ':', '/' or space in it is common; masking too much is the safe side)
_URI_PASSWORD = re.compile(r"([a-z][a-z0-9+.-]*://[^:/@\s\"']*:)([^\n]*)(@)", re.IGNORECASE)
_KV_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S+)", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#\n]*", re.IGNORECASE)       # to '&' or the line's end
# libpq's conninfo messages that quote a piece of the connection string (which may be,
# or hold, the password): the quoted piece is masked whole, to the last quote of the line
_LIBPQ_QUOTES = [re.compile(pattern) for pattern in (
    r'(percent-encoded (?:token|value): )"[^\n]*"',
    r'(unexpected spaces found in )"[^\n]*"(, use percent-encoded spaces)',
    r'(missing "=" after )"[^\n]*"( in connection info string)',
    r'(URI query parameter: )"[^\n]*"',
    r'(in URI(?: \(expected ":" or "/"\))?: )"[^\n]*"',
    r'(internal parser routine: )"[^\n]*"',
    r'(invalid connection option )"[^\n]*"',
    r'(invalid [a-z_]+ value: )"[^\n]*"',
    r'(for connection option )"[^\n]*"',
)]
# passwords seen in connection strings, masked wherever they appear; shorter ones would
# mask ordinary words
_MIN_SECRET = 4
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def remember(text: str | None) -> None:
    """Remember the passwords of the connection strings in ``text`` (a DSN, an argument,
    a message): ``mask`` then hides them wherever they appear, also percent-decoded."""
    if not text:
        return
    found: list[str] = []
    for line in text.splitlines():
        for match in _URI_PASSWORD.finditer(line):
            found.append(match.group(2))
        found += [m.group(0).split("=", 1)[1] for m in _QUERY_PASSWORD.finditer(line)]
        for match in _KV_PASSWORD.finditer(line):
            value = match.group(2)
            if value.startswith("'"):
                value = re.sub(r"\\(.)", r"\1", value.strip("'"))
            found.append(value)
    with _secrets_lock:
        for secret in found:
            for form in {secret, unquote(secret, errors="replace")}:
                if len(form) >= _MIN_SECRET and "***" not in form:
                    _secrets.add(form)


def mask(text: str) -> str:
    """``text`` with every password of a DSN inside it replaced by ``***``: in URIs and
    key=value strings, in the pieces libpq's own messages quote, and every password
    ``remember``-ed (or seen here) wherever it appears."""
    remember(text)
    text = _URI_PASSWORD.sub(lambda m: m.group(1) + ("***" if m.group(2) else "") + m.group(3), text)
    text = _QUERY_PASSWORD.sub(r"\1***", text)
    text = _KV_PASSWORD.sub(r"\1***", text)
    for pattern in _LIBPQ_QUOTES:
        text = pattern.sub(lambda m: m.group(1) + '"***"' + (m.group(2) if m.lastindex == 2 else ""), text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def with_database(dsn: str, dbname: str) -> str:
    """The same server and credentials, another database."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo    # psycopg: imported when used (start-up)

    params = conninfo_to_dict(dsn)
    params["dbname"] = dbname
    return make_conninfo(**{k: v for k, v in params.items() if v is not None})


def database_of(dsn: str) -> str | None:
    from psycopg.conninfo import conninfo_to_dict

    return conninfo_to_dict(dsn).get("dbname")  # type: ignore[return-value]
