"""Casts in the spec: the top-level ``casts:`` key (``source AS target`` → how), and their DDL.

A cast has no schema. The casts pgdecl manages are those that involve a type or a
function of a managed schema (its source, target or function): like the other objects
of a managed schema, such a cast is created, dropped and created again as the spec
says, and dropped when the spec no longer lists it. Casts between other types (built-in
ones, an extension's) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from psycopg import sql

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec import sqlcheck
from pgdecl.spec.fields import Choice, Field, Mapped, NamedMap, Record, RecordSite, Site, Text
from pgdecl.spec.names import parse_call
from pgdecl.spec.trusted import trusted_sql

NOWHERE = SourceMark("", 0, 0)
_AS = re.compile(r"\s+as\s+", re.IGNORECASE)
CONTEXTS = {"explicit": "e", "assignment": "a", "implicit": "i"}
METHODS = {"function": "f", "inout": "i", "binary": "b"}


@dataclass(frozen=True)
class CastSpec:
    name: str                            # 'source AS target', as written
    function: str | None = None          # [schema.]name(argument types)
    method: str | None = None            # inout | binary (WITHOUT FUNCTION); None with function
    context: str = "explicit"            # explicit | assignment | implicit
    comment: str | None = None
    origin: SourceMark = NOWHERE

    @property
    def types(self) -> tuple[str, str]:
        source, target = _AS.split(self.name.strip(), maxsplit=1)
        return source.strip(), target.strip()


def _cast_key(text: str) -> str:
    parts = _AS.split(text.strip())
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(f"expected 'source_type AS target_type', got {text!r}")
    for part in parts:
        sqlcheck.type_name(part.strip())
    return f"{parts[0].strip()} AS {parts[1].strip()}"


def _function(text: str, site: Site) -> str:
    call = parse_call(text)
    if call.inner is None or len(call.parts) > 2:
        raise ValueError(f"expected [schema.]function(argument types), e.g. app.pair_to_int(app.pair), got {text!r}")
    for argument in filter(None, (a.strip() for a in call.inner.split(","))):
        sqlcheck.type_name(argument)
    return text


def _check(cast: CastSpec, at: RecordSite) -> None:
    if (cast.function is None) == (cast.method is None):
        at.fail("a cast needs exactly one of: function, method (inout or binary)")


CAST = Record(CastSpec, {
    "function": Field(Mapped(Text("a function"), _function)),
    "method": Field(Choice("method", ("inout", "binary"))),
    "context": Field(Choice("context", tuple(CONTEXTS))),
    "comment": Field(Text(allow_empty=True)),
}, _check)

CASTS = Field(NamedMap(CAST, "cast", check_key=_cast_key, names=False))


def create_cast(source: sql.Composable, target: sql.Composable, method: str, function: sql.Composable | None,
                context: str) -> sql.Composable:
    how = {"f": sql.SQL("WITH FUNCTION {}").format(function), "i": sql.SQL("WITH INOUT"),
           "b": sql.SQL("WITHOUT FUNCTION")}[method]
    tail = {"e": "", "a": " AS ASSIGNMENT", "i": " AS IMPLICIT"}[context]
    return sql.SQL("CREATE CAST ({} AS {}) {}{}").format(source, target, how, sql.SQL(tail))


def cast_ddl(casts: dict[str, CastSpec], phase: int) -> Iterator[tuple[sql.Composable, ObjectKey, SourceMark, int,
                                                                       str]]:
    for cast in casts.values():
        source, target = cast.types
        method = METHODS[cast.method or "function"]
        function = trusted_sql(cast.function) if cast.function else None
        key = ObjectKey("cast", "", f"({cast.name})")
        yield create_cast(trusted_sql(source), trusted_sql(target), method, function, CONTEXTS[cast.context]), key, \
            cast.origin, phase, f"cast ({cast.name})"
        if cast.comment is not None:
            yield sql.SQL("COMMENT ON CAST ({} AS {}) IS {}").format(
                trusted_sql(source), trusted_sql(target), sql.Literal(cast.comment)), key, cast.origin, phase, \
                f"comment on cast ({cast.name})"
