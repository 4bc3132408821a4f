"""Operators."""

from __future__ import annotations

from pgdecl.catalog.model import Operator
from pgdecl.export.context import ExportContext, quote_name
from pgdecl.export.document import Document


def _partner(operator: Operator, qualified: str | None) -> str | None:
    """A commutator or negator as the spec writes it: bare in the operator's own schema."""
    if qualified is None:
        return None
    schema, _, name = qualified.partition(".")
    return name if schema == operator.schema else f"{quote_name(schema)}.{name}"


def operator(ctx: ExportContext, op: Operator) -> tuple[str, Document]:
    """An operator as spec keys; what CREATE OPERATOR leaves unset is left out."""
    body: Document = {"function": op.function}
    for name, value in (("commutator", _partner(op, op.commutator)), ("negator", _partner(op, op.negator)),
                        ("restrict", op.restrict), ("join", op.join)):
        if value is not None:
            body[name] = value
    if op.hashes:
        body["hashes"] = True
    if op.merges:
        body["merges"] = True
    if op.comment is not None:
        body["comment"] = op.comment
    return f"{op.name}({op.left or 'NONE'}, {op.right})", body
