"""Operators."""

from __future__ import annotations

from pgdecl.catalog.model import Operator, OperatorClass, OperatorFamily
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


def _members(body: Document, members: tuple[tuple[str, str, str, str, str], ...]) -> None:
    for kind in ("operator", "function"):
        items = [f"{number} {definition}" for member_kind, number, _, _, definition in members if member_kind == kind]
        if items:
            body[f"{kind}s"] = items


def operator_family(ctx: ExportContext, family: OperatorFamily) -> tuple[str, Document]:
    """An operator family and its loose members (those ALTER OPERATOR FAMILY … ADD added)."""
    body: Document = {}
    _members(body, family.members)
    if family.comment is not None:
        body["comment"] = family.comment
    return f"{quote_name(family.name)} using {family.method}", body


def operator_class(ctx: ExportContext, opclass: OperatorClass) -> tuple[str, Document]:
    """An operator class; the family is left out when it is the one CREATE OPERATOR CLASS makes."""
    body: Document = {"type": opclass.type}
    if opclass.default:
        body["default"] = True
    schema, _, name = opclass.family.partition(".")
    if (schema, name) != (opclass.schema, opclass.name):
        body["family"] = quote_name(name) if schema == opclass.schema else f"{quote_name(schema)}.{quote_name(name)}"
    if opclass.storage:
        body["storage"] = opclass.storage
    _members(body, opclass.members)
    if opclass.comment is not None:
        body["comment"] = opclass.comment
    return f"{quote_name(opclass.name)} using {opclass.method}", body
