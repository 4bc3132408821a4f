"""User types (enums, composites, domains) and sequences."""

from __future__ import annotations

from pgdecl.catalog.model import Sequence, UserType
from pgdecl.export.context import ExportContext, quote_name
from pgdecl.export.document import Document
from pgdecl.export.grants import grants


def ordered_types(ctx: ExportContext, schema: str) -> list[UserType]:
    """Types of ``schema``: enums, then the others with each after the types it uses (ties by name)."""
    types = {key: t for key, t in ctx.catalog.types.items() if t.schema == schema}
    return ctx.dependency_order(types, lambda k: (types[k].kind != "enum", k.name))


def user_type(ctx: ExportContext, user_type: UserType) -> Document:
    body: Document = {}
    if user_type.kind == "enum":
        body["enum"] = list(user_type.labels)
    elif user_type.kind == "range":
        body["range"] = user_type.base_type
        for key, value in (("collation", user_type.collation), ("subtype_opclass", user_type.subtype_opclass),
                           ("canonical", user_type.canonical), ("subtype_diff", user_type.subtype_diff)):
            if value is not None:
                body[key] = value
        schema = quote_name(user_type.schema) + "."
        multirange = user_type.multirange or ""
        if multirange != schema + quote_name(default_multirange(user_type.name)):
            body["multirange_type_name"] = multirange.removeprefix(schema)
    elif user_type.kind == "composite":
        body["composite"] = {a.name: a.type + (f" COLLATE {a.collation}" if a.collation else "")
                             for a in user_type.attributes}
    else:
        body["domain"] = user_type.base_type + (f" COLLATE {user_type.collation}" if user_type.collation else "")
        if user_type.default is not None:
            body["default"] = user_type.default
        if user_type.not_null:
            body["not_null"] = True
        constraints, comments = {}, {}
        for constraint in user_type.constraints:
            text = constraint.definition
            if text.endswith(" NOT VALID"):
                ctx.warn(f"{user_type.key}: constraint {constraint.name} is exported as valid (NOT VALID dropped)")
                text = text[: -len(" NOT VALID")]
            if not (text.startswith("CHECK (") and text.endswith(")")):
                ctx.warn(f"{user_type.key}: constraint {constraint.name} {text!r} is not exported")
                continue
            constraints[constraint.name] = text[len("CHECK ("):-1]
            if constraint.comment is not None:
                comments[constraint.name] = constraint.comment
        if constraints:
            body["constraints"] = constraints
        if comments:
            body["constraint_comments"] = comments
    if user_type.comment is not None:
        body["comment"] = user_type.comment
    return body


def default_multirange(range_name: str) -> str:
    """The name PostgreSQL gives a range type's multirange when CREATE TYPE names none."""
    if "range" in range_name:
        return range_name.replace("range", "multirange", 1)
    return f"{range_name}_multirange"


_TYPE_RANGE = {"smallint": 2**15 - 1, "integer": 2**31 - 1, "bigint": 2**63 - 1}


def sequence(ctx: ExportContext, seq: Sequence) -> Document | None:
    body: Document = {}
    top = _TYPE_RANGE.get(seq.data_type, 2**63 - 1)
    ascending = seq.increment > 0
    min_default, max_default = (1, top) if ascending else (-top - 1, -1)
    start_default = min_default if ascending else max_default
    if seq.data_type != "bigint":
        body["type"] = seq.data_type
    for key, value, default in (("start", seq.start, start_default), ("increment", seq.increment, 1),
                                ("min_value", seq.min_value, min_default),
                                ("max_value", seq.max_value, max_default), ("cache", seq.cache, 1)):
        if value != default:
            body[key] = value
    if seq.cycle:
        body["cycle"] = True
    if seq.owned_by:
        schema, table, column = seq.owned_by
        parts = [table, column] if schema == seq.schema else [schema, table, column]
        body["owned_by"] = ".".join(quote_name(p) for p in parts)
    if seq.comment is not None:
        body["comment"] = seq.comment
    grants(ctx, body, seq.key, "sequence")
    return body or None
