"""SQL text of the operations on operators, each guarded so a script re-runs cleanly.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import Operator, OperatorFamily
from pgdecl.diff.ops import (
    AlterOperator, AlterOperatorFamily, CreateOperator, CreateOperatorClass, CreateOperatorFamily, DropOperator,
    DropOperatorClass, DropOperatorFamily, ObjectExists,
)
from pgdecl.render import _DEFINITION, _EXISTS, _guard_raw, guarded, ident, render, to_text, trusted_sql

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


# --- operator families and classes ---

_OPCLASS_ROW = ("SELECT FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace "
                "JOIN pg_catalog.pg_am am ON am.oid = o.opcmethod WHERE n.nspname = {sch} AND o.opcname = {nm} "
                "AND am.amname = {am}")
_OPFAMILY_ROW = ("SELECT FROM pg_catalog.pg_opfamily o JOIN pg_catalog.pg_namespace n ON n.oid = o.opfnamespace "
                 "JOIN pg_catalog.pg_am am ON am.oid = o.opfmethod WHERE n.nspname = {sch} AND o.opfname = {nm} "
                 "AND am.amname = {am}")
_EXISTS["operator class"] = _OPCLASS_ROW
_EXISTS["operator family"] = _OPFAMILY_ROW
# the class o is in the family CREATE OPERATOR CLASS made for it
_OWN_FAMILY = ("EXISTS (SELECT FROM pg_catalog.pg_opfamily of WHERE of.oid = o.opcfamily AND of.opfname = o.opcname "
               "AND of.opfnamespace = o.opcnamespace)")
# the members of the class o (bound to it, or loose in its own family), as diff.operator_classes.members_text writes them
_CLASS_MEMBERS = (
    "COALESCE((SELECT pg_catalog.string_agg(m, ';' ORDER BY m COLLATE \"C\") FROM ("
    "SELECT 'operator ' || a.amopstrategy || ' ' || pg_catalog.quote_ident(opn.nspname) || '.' || op.oprname || ' (' "
    "|| pg_catalog.format_type(a.amoplefttype, NULL) || ', ' || pg_catalog.format_type(a.amoprighttype, NULL) || ')' "
    "|| CASE WHEN a.amoppurpose = 'o' THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(sfn.nspname) || '.' "
    "|| pg_catalog.quote_ident(sf.opfname) ELSE '' END AS m "
    "FROM pg_catalog.pg_amop a JOIN pg_catalog.pg_operator op ON op.oid = a.amopopr "
    "JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace "
    "LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = a.amopsortfamily "
    "LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace "
    "LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass "
    "AND d.objid = a.oid AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i' "
    "WHERE a.amopfamily = o.opcfamily AND (d.refobjid = o.oid OR (d.refobjid IS NULL AND " + _OWN_FAMILY + ")) "
    "UNION ALL SELECT 'function ' || p.amprocnum || ' (' || pg_catalog.format_type(p.amproclefttype, NULL) || ', ' "
    "|| pg_catalog.format_type(p.amprocrighttype, NULL) || ') ' || p.amproc::pg_catalog.regprocedure::text "
    "FROM pg_catalog.pg_amproc p LEFT JOIN pg_catalog.pg_depend d "
    "ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = p.oid "
    "AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i' "
    "WHERE p.amprocfamily = o.opcfamily AND (d.refobjid = o.oid OR (d.refobjid IS NULL AND " + _OWN_FAMILY + ")) "
    ") AS members), '')")
# what makes a class need recreating: as diff.operator_classes.class_shape
_DEFINITION["operator class"] = (
    _OPCLASS_ROW + " AND (pg_catalog.format_type(o.opcintype, NULL) || '|' || o.opcdefault::text || '|' || "
    "(SELECT fn.nspname || '.' || f.opfname FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace fn "
    "ON fn.oid = f.opfnamespace WHERE f.oid = o.opcfamily) || '|' || "
    "COALESCE(pg_catalog.format_type(NULLIF(o.opckeytype, 0), NULL), '') || '|' || " + _CLASS_MEMBERS
    + ") <> {expected}")


def _class_name(schema: str, name: str, method: str) -> sql.Composable:
    return sql.SQL("{} USING {}").format(ident(schema, name), ident(method))


def _member(member: tuple[str, str, str, str, str]) -> sql.Composable:
    """``OPERATOR 1 "s".<<< (integer, integer)`` / ``FUNCTION 1 (integer, integer) s.f(integer,integer)``."""
    kind, number, _, _, definition = member
    return sql.SQL("{} {} {}").format(sql.SQL(kind.upper()), sql.Literal(int(number)),  # type: ignore[arg-type]
                                      trusted_sql(definition))     # catalog text (quote_ident, format_type, regprocedure)


def _member_drop(member: tuple[str, str, str, str, str]) -> sql.Composable:
    kind, number, left, right, _ = member
    return sql.SQL("{} {} ({}, {})").format(sql.SQL(kind.upper()), sql.Literal(int(number)),  # type: ignore[arg-type]
                                            trusted_sql(left), trusted_sql(right))


def _member_exists(family: OperatorFamily, member: tuple[str, str, str, str, str]) -> sql.Composable:
    kind, number, left, right, _ = member
    table, prefix, number_column = ("pg_amop", "amop", "amopstrategy") if kind == "operator" \
        else ("pg_amproc", "amproc", "amprocnum")
    return sql.SQL(
        "EXISTS (SELECT FROM pg_catalog.{table} m JOIN pg_catalog.pg_opfamily f ON f.oid = m.{family} "
        "JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod "
        "WHERE n.nspname = {schema} AND f.opfname = {name} AND am.amname = {method} AND m.{number_column} = {number} "
        "AND m.{lefttype} = pg_catalog.to_regtype({left}) AND m.{righttype} = pg_catalog.to_regtype({right}))"
    ).format(table=sql.Identifier(table), family=sql.Identifier(f"{prefix}family"),
             schema=sql.Literal(family.schema), name=sql.Literal(family.name), method=sql.Literal(family.method),
             number_column=sql.Identifier(number_column), number=sql.Literal(int(number)),
             lefttype=sql.Identifier(f"{prefix}lefttype"), righttype=sql.Identifier(f"{prefix}righttype"),
             left=sql.Literal(left), right=sql.Literal(right))


@render.register
def _(op: CreateOperatorFamily) -> list[sql.Composable]:
    family = op.family
    statement = sql.SQL("CREATE OPERATOR FAMILY {}").format(_class_name(family.schema, family.name, family.method))
    return [guarded((ObjectExists(family.key),), statement, negate=True),
            *render(AlterOperatorFamily(family, add=family.members))]


@render.register
def _(op: AlterOperatorFamily) -> list[sql.Composable]:
    family = op.family
    name = _class_name(family.schema, family.name, family.method)
    statements: list[sql.Composable] = []
    for member in op.drop:
        statement = sql.SQL("ALTER OPERATOR FAMILY {} DROP {}").format(name, _member_drop(member))
        statements.append(_guard_raw(_member_exists(family, member), statement, catalog_text=False))
    for member in op.add:
        statement = sql.SQL("ALTER OPERATOR FAMILY {} ADD {}").format(name, _member(member))
        statements.append(_guard_raw(sql.SQL("NOT {}").format(_member_exists(family, member)), statement,
                                     catalog_text=False))
    return statements


@render.register
def _(op: DropOperatorFamily) -> list[sql.Composable]:
    family = op.family
    return [sql.SQL("DROP OPERATOR FAMILY IF EXISTS {}").format(_class_name(family.schema, family.name, family.method))]


@render.register
def _(op: CreateOperatorClass) -> list[sql.Composable]:
    opclass = op.operator_class
    items = [_member(member) for member in opclass.members]
    if opclass.storage:
        items.append(sql.SQL("STORAGE {}").format(trusted_sql(opclass.storage)))
    family_schema, _, family_name = opclass.family.partition(".")
    family = sql.SQL("") if family_name == opclass.name and family_schema == opclass.schema \
        else sql.SQL(" FAMILY {}").format(ident(family_schema, family_name))
    statement = sql.SQL("CREATE OPERATOR CLASS {}{} FOR TYPE {} USING {}{} AS\n    {}").format(
        ident(opclass.schema, opclass.name), sql.SQL(" DEFAULT") if opclass.default else sql.SQL(""),
        trusted_sql(opclass.type), ident(opclass.method), family, sql.SQL(",\n    ").join(items))
    return [guarded((ObjectExists(opclass.key),), statement, negate=True)]


@render.register
def _(op: DropOperatorClass) -> list[sql.Composable]:
    opclass = op.operator_class
    if op.with_family:          # drops the class with the family made for it
        statement = sql.SQL("DROP OPERATOR FAMILY {}").format(_class_name(opclass.schema, opclass.name, opclass.method))
    else:
        statement = sql.SQL("DROP OPERATOR CLASS {}").format(_class_name(opclass.schema, opclass.name, opclass.method))
    if op.when:
        return [guarded(op.when, statement)]
    what = "FAMILY" if op.with_family else "CLASS"
    return [sql.SQL("DROP OPERATOR {} IF EXISTS {}").format(
        sql.SQL(what), _class_name(opclass.schema, opclass.name, opclass.method))]  # type: ignore[arg-type]
