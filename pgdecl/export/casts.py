"""Export of the casts that involve an exported schema's types or functions."""

from __future__ import annotations

from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document

_CONTEXT = {"a": "assignment", "i": "implicit"}
_METHOD = {"i": "inout", "b": "binary"}


def casts(ctx: ExportContext) -> Document:
    result: Document = {}
    for cast in sorted(ctx.catalog.casts.values(), key=lambda c: c.key):
        body: Document = {"function": cast.function} if cast.method == "f" else {"method": _METHOD[cast.method]}
        if cast.context in _CONTEXT:
            body["context"] = _CONTEXT[cast.context]
        if cast.comment is not None:
            body["comment"] = cast.comment
        result[f"{cast.source} AS {cast.target}"] = body
    return result
