"""The one exception type the CLI turns into a one-line message and exit 1."""

from __future__ import annotations


class PgdeclError(Exception):
    """An expected failure: bad input, unreachable database, refused step."""
