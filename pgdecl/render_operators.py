"""SQL text of the operations on operators, each guarded so a script re-runs cleanly.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import Operator
from pgdecl.diff.ops import AlterOperator, CreateOperator, DropOperator, ObjectExists
from pgdecl.render import _DEFINITION, _EXISTS, guarded, ident, render, trusted_sql

# a shell operator (made for a COMMUTATOR or NEGATOR named before it existed) is not there yet
_EXISTS["operator"] = "SELECT FROM pg_catalog.pg_operator o WHERE o.oid = {opr} AND o.oprcode <> 0"
# what ALTER OPERATOR cannot change: as diff.operators.operator_shape
_DEFINITION["operator"] = (
    "SELECT FROM pg_catalog.pg_operator o WHERE o.oid = {opr} AND "
    "(o.oprcode::pg_catalog.regproc::text || '|' || "
    "COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn "
    "ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '') || '|' || "
    "COALESCE((SELECT cn.nspname || '.' || c.oprname FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn "
    "ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '') || '|' || "
    "o.oprcanhash::text || '|' || o.oprcanmerge::text) <> {expected}")


def _operator_name(op: Operator) -> sql.Composable:
    return sql.SQL("{}.{}").format(ident(op.schema), trusted_sql(op.name))     # catalog text: operator characters


def _operator_ref(op: Operator) -> sql.Composable:
    return sql.SQL("{} ({}, {})").format(_operator_name(op), trusted_sql(op.left or "NONE"), trusted_sql(op.right))


def _partner(qualified: str) -> sql.Composable:
    schema, _, name = qualified.partition(".")
    return sql.SQL("OPERATOR({}.{})").format(ident(schema), trusted_sql(name))


def _options(op: Operator, names: tuple[str, ...]) -> list[sql.Composable]:
    """``NAME = value`` of each attribute in ``names`` (NONE for an unset estimator)."""
    options: list[sql.Composable] = []
    for name in names:
        value = getattr(op, name)
        if name == "function":
            options.append(sql.SQL("FUNCTION = {}").format(trusted_sql(value)))
        elif name in ("restrict", "join"):
            options.append(sql.SQL("{} = {}").format(sql.SQL(name.upper()),  # type: ignore[arg-type]
                                                     trusted_sql(value) if value else sql.SQL("NONE")))
        elif name in ("commutator", "negator"):
            if value:
                options.append(sql.SQL("{} = {}").format(sql.SQL(name.upper()), _partner(value)))  # type: ignore[arg-type]
        elif value:      # hashes, merges
            options.append(sql.SQL(name.upper()))  # type: ignore[arg-type]
    return options


@render.register
def _(op: CreateOperator) -> list[sql.Composable]:
    operator = op.operator
    options = _options(operator, ("function",))
    if operator.left is not None:
        options.append(sql.SQL("LEFTARG = {}").format(trusted_sql(operator.left)))
    options.append(sql.SQL("RIGHTARG = {}").format(trusted_sql(operator.right)))
    options += [option for option in _options(operator, ("commutator", "negator", "hashes", "merges"))]
    options += [sql.SQL("{} = {}").format(sql.SQL(name.upper()), trusted_sql(getattr(operator, name)))  # type: ignore[arg-type]
                for name in ("restrict", "join") if getattr(operator, name)]
    statement = sql.SQL("CREATE OPERATOR {} (\n    {}\n)").format(_operator_name(operator),
                                                                  sql.SQL(",\n    ").join(options))
    return [guarded((ObjectExists(operator.key),), statement, negate=True)]


@render.register
def _(op: AlterOperator) -> list[sql.Composable]:
    return [sql.SQL("ALTER OPERATOR {} SET ({})").format(_operator_ref(op.operator),
                                                         sql.SQL(", ").join(_options(op.operator, op.changes)))]


@render.register
def _(op: DropOperator) -> list[sql.Composable]:
    if op.when:
        return [guarded(op.when, sql.SQL("DROP OPERATOR {}").format(_operator_ref(op.operator)))]
    return [sql.SQL("DROP OPERATOR IF EXISTS {}").format(_operator_ref(op.operator))]
