"""Hints for people: what a plan probably meant, and spec errors pointed at the right YAML line."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pgdecl.plan import Plan
    from pgdecl.spec.model import ColumnSpec, Spec


def rename_hints(plan: Plan) -> list[str]:
    """A column dropped and another of the same type added to the same table: perhaps a rename,
    which loses the column's data unless the spec says ``renamed_from:``."""
    from pgdecl.diff import ops as o

    dropped: dict[object, list] = {}
    added: dict[object, list] = {}
    for step in plan.steps:
        if isinstance(step.op, o.DropColumn):
            dropped.setdefault(step.op.table.key, []).append(step.op.column)
        elif isinstance(step.op, o.AddColumn):
            added.setdefault(step.op.table.key, []).append(step.op.column)
    hints = []
    for table, columns in dropped.items():
        for old in columns:
            for new in added.get(table, ()):
                if new.type == old.type:
                    where = f"{table.schema}.{table.name}"
                    hints.append(f"{where}: column {old.name} is dropped and {new.name} ({new.type}) added; if "
                                 f"{old.name} was renamed, write `renamed_from: {old.name}` on column {new.name} "
                                 f"to keep its data")
    return hints


# the type names PostgreSQL knows without any extension (and their usual spellings)
BUILTIN_TYPES = (
    "bigint", "bigserial", "bit", "bit varying", "boolean", "bool", "box", "bytea", "char", "character",
    "character varying", "cidr", "circle", "date", "daterange", "decimal", "double precision", "float4", "float8",
    "inet", "int", "int2", "int4", "int4range", "int8", "int8range", "integer", "interval", "json", "jsonb",
    "jsonpath", "line", "lseg", "macaddr", "macaddr8", "money", "numeric", "numrange", "oid", "path", "point",
    "polygon", "real", "regclass", "regtype", "serial", "smallint", "smallserial", "text", "time", "timestamp",
    "timestamptz", "timetz", "tsquery", "tsrange", "tstzrange", "tsvector", "uuid", "varbit", "varchar", "xml",
)

# canonicalization's error for a type PostgreSQL does not know (pgdecl.shadow.build_desired)
_UNKNOWN_TYPE = re.compile(r'^(?P<origin>.*?): table (?P<table>[^:]+): type "(?P<type>[^"]+)" does not exist')


def explain_spec_error(message: str, spec: Spec) -> str | None:
    """A better message for a canonicalization error, or None: an unknown type is reported
    at the column that uses it, with the nearest known type names."""
    match = _UNKNOWN_TYPE.match(message)
    if not match:
        return None
    missing = match["type"]
    schema, _, table_name = match["table"].partition(".")
    table = spec.schemas.get(schema).tables.get(table_name) if schema in spec.schemas else None
    if table is None:
        return None
    column = next((c for c in table.columns.values() if _uses_type(c, missing)), None)
    if column is None:
        return None
    known = set(BUILTIN_TYPES)
    for schema_spec in spec.schemas.values():
        known.update(schema_spec.types)
        known.update(f"{schema_spec.name}.{name}" for name in schema_spec.types)
    close = difflib.get_close_matches(missing.lower(), sorted(known), n=3, cutoff=0.6)
    quoted = " or ".join(f'"{name}"' for name in close)
    suggestion = f"; did you mean {quoted}?" if close else ""
    return f"{column.origin}: column {column.name} of table {match['table']}: type \"{missing}\" does not exist{suggestion}"


def _uses_type(column: ColumnSpec, missing: str) -> bool:
    text = (column.type or column.definition or "").lower()
    return re.search(r"(?<![\w.])" + re.escape(missing.lower()) + r"(?![\w])", text) is not None
