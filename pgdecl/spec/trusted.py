"""The single reviewed place where spec text enters SQL without quoting."""

from __future__ import annotations

import re

from psycopg import sql

_KEYWORD = re.compile(r"[A-Za-z_]+( [A-Za-z_]+)*")


def trusted_sql(text: str) -> sql.SQL:
    """User-written SQL (types, expressions, queries, bodies), inserted verbatim.

    The spec author owns the database; their SQL is executed as they wrote it.
    Never pass names through here: names go through ``sql.Identifier``.
    """
    return sql.SQL(text)  # type: ignore[arg-type]


def dollar_tag(text: str, base: str) -> str:
    """A tag such that ``$tag$`` + ``text`` + ``$tag$`` is one dollar-quoted string: ``$tag$``
    occurs neither in ``text`` nor across its end (``text`` ending in ``$tag``)."""
    tag, counter = base, 0
    while f"${tag}$" in f"{text}${tag}":
        counter += 1
        tag = f"{base}{counter}"
    return tag


def sql_standard_body(language: str, body: str) -> bool:
    """Whether ``body`` is an SQL-standard function body (``BEGIN ATOMIC … END`` or ``RETURN
    …``), written after the signature as it is, not quoted as a string."""
    head = " ".join(body.split()[:2]).upper()
    return language == "sql" and (head == "BEGIN ATOMIC" or head.startswith("RETURN "))


def keyword(word: str) -> sql.SQL:
    """An SQL keyword taken from a closed, validated set (``'instead of'`` -> ``INSTEAD OF``)."""
    if not _KEYWORD.fullmatch(word):
        raise ValueError(f"not a keyword: {word!r}")
    return sql.SQL(word.upper())  # type: ignore[arg-type]


def number(value: int) -> sql.SQL:
    """An integer validated by the loader."""
    return sql.SQL(str(int(value)))  # type: ignore[arg-type]
