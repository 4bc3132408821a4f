"""SQL text of the operations on user-defined types, each guarded so a script re-runs cleanly.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import DomainConstraint, TypeAttribute, UserType
from pgdecl.diff.type_ops import (
    AddDomainConstraint, AddEnumValues, AlterDomain, AlterTypeAttribute, CreateType,
    DropDomainConstraint, DropType, type_shape,
)
from pgdecl.diff.replica import SetReplicaIdentity
from pgdecl.render import _DEFINITION, _guard_raw, ident, render, to_text, trusted_sql


def _name(user_type: UserType) -> sql.Identifier:
    return ident(user_type.schema, user_type.name)


def type_oid(user_type: UserType) -> sql.Composable:
    """``to_regtype('"schema"."name"')``: the type's oid, NULL when it does not exist."""
    return sql.SQL("pg_catalog.to_regtype({})").format(sql.Literal(to_text(_name(user_type))))


def _missing(user_type: UserType) -> sql.Composable:
    return sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n "
                   "ON n.oid = t.typnamespace WHERE n.nspname = {} AND t.typname = {})").format(
        sql.Literal(user_type.schema), sql.Literal(user_type.name))


def _attribute(attribute: TypeAttribute) -> sql.Composable:
    collate = sql.SQL(" COLLATE {}").format(trusted_sql(attribute.collation)) if attribute.collation else sql.SQL("")
    return sql.SQL("{} {}{}").format(ident(attribute.name), trusted_sql(attribute.type), collate)


def _not_valid(constraint: DomainConstraint) -> bool:
    return constraint.definition.endswith(" NOT VALID")


def _add_constraint(user_type: UserType, constraint: DomainConstraint) -> sql.Composable:
    statement = sql.SQL("ALTER DOMAIN {} ADD CONSTRAINT {} {}").format(
        _name(user_type), ident(constraint.name), trusted_sql(constraint.definition))
    absent = sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = {} "
                     "AND o.conname = {})").format(type_oid(user_type), sql.Literal(constraint.name))
    return _guard_raw(absent, statement, catalog_text=False)


def create_type_statement(user_type: UserType) -> sql.Composable:
    name = _name(user_type)
    if user_type.kind == "enum":
        return sql.SQL("CREATE TYPE {} AS ENUM ({})").format(
            name, sql.SQL(", ").join(sql.Literal(label) for label in user_type.labels))
    if user_type.kind == "composite":
        return sql.SQL("CREATE TYPE {} AS ({})").format(
            name, sql.SQL(", ").join(_attribute(a) for a in user_type.attributes))
    if user_type.kind == "range":
        from pgdecl.spec.ddl import range_statement

        return range_statement(name, user_type.base_type or "", user_type.subtype_opclass, user_type.collation,
                               user_type.canonical, user_type.subtype_diff, user_type.multirange)
    parts: list[sql.Composable] = [sql.SQL("CREATE DOMAIN {} AS {}").format(name, trusted_sql(user_type.base_type or ""))]
    if user_type.collation:
        parts.append(sql.SQL("COLLATE {}").format(trusted_sql(user_type.collation)))
    if user_type.default is not None:
        parts.append(sql.SQL("DEFAULT {}").format(trusted_sql(user_type.default)))
    if user_type.not_null:
        parts.append(sql.SQL("NOT NULL"))
    for constraint in user_type.constraints:
        if not _not_valid(constraint):
            parts.append(sql.SQL("CONSTRAINT {} {}").format(ident(constraint.name), trusted_sql(constraint.definition)))
    return sql.SQL(" ").join(parts)


@render.register
def _(op: CreateType) -> list[sql.Composable]:
    user_type = op.user_type
    statements = [_guard_raw(_missing(user_type), create_type_statement(user_type), catalog_text=False)]
    # CREATE DOMAIN takes no NOT VALID constraint: those are added afterwards
    statements += [_add_constraint(user_type, c) for c in user_type.constraints if _not_valid(c)]
    return statements


# what makes a type need recreating, as one text: kind, enum labels in order, a domain's
# base type and collation, a range type's definition (as types.sql reads it), a composite
# type's attributes in order (same text as type_shape)
_SHAPE = (
    "t.typtype::text || '|' || CASE t.typtype "
    "WHEN 'e' THEN coalesce((SELECT pg_catalog.string_agg(e.enumlabel::text, ',' "
    "ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '') "
    "WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) || '|' || coalesce((SELECT "
    "pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) "
    "FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
    "JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype "
    "WHERE co.oid = t.typcollation AND t.typcollation <> bt.typcollation), '') "
    "WHEN 'r' THEN (SELECT pg_catalog.concat_ws('|', pg_catalog.format_type(r.rngsubtype, NULL), "
    "coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) "
    "FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
    "JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype "
    "WHERE co.oid = r.rngcollation AND r.rngcollation <> st.typcollation), ''), "
    "coalesce((SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname) "
    "FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace cn ON cn.oid = oc.opcnamespace "
    "WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault), ''), "
    "coalesce(NULLIF(r.rngcanonical, 0)::pg_catalog.regproc::text, ''), "
    "coalesce(NULLIF(r.rngsubdiff, 0)::pg_catalog.regproc::text, ''), "
    "(SELECT pg_catalog.quote_ident(mn.nspname) || '.' || pg_catalog.quote_ident(m.typname) "
    "FROM pg_catalog.pg_type m JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace "
    "WHERE m.oid = r.rngmultitypid)) "
    "FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid) "
    "ELSE coalesce((SELECT pg_catalog.string_agg(a.attname::text || ' ' || "
    "pg_catalog.format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a "
    "WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') END"
)
# the DefinitionDiffers guard of a type (dependents dropped for a replaced type) compares its shape
_DEFINITION.setdefault("type", "SELECT FROM pg_catalog.pg_type t WHERE t.oid = {typ} AND " + _SHAPE + " <> {expected}")


@render.register
def _(op: DropType) -> list[sql.Composable]:
    what = sql.SQL("DOMAIN" if op.user_type.kind == "domain" else "TYPE")
    if op.desired is None:
        return [sql.SQL("DROP {} IF EXISTS {}").format(what, _name(op.user_type))]
    stale = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.oid = {} AND {} <> {})").format(
        type_oid(op.user_type), trusted_sql(_SHAPE), sql.Literal(type_shape(op.desired)))
    return [_guard_raw(stale, sql.SQL("DROP {} {}").format(what, _name(op.user_type)))]


@render.register
def _(op: AddEnumValues) -> list[sql.Composable]:
    statements: list[sql.Composable] = []
    for old, new in op.renames:
        # only while the old label is there and the new one is not: safe to re-run
        pending = sql.SQL(
            "EXISTS (SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid = {typ} AND e.enumlabel = {old}) "
            "AND NOT EXISTS (SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid = {typ} AND e.enumlabel = {new})"
        ).format(typ=type_oid(op.user_type), old=sql.Literal(old), new=sql.Literal(new))
        statements.append(_guard_raw(pending, sql.SQL("ALTER TYPE {} RENAME VALUE {} TO {}").format(
            _name(op.user_type), sql.Literal(old), sql.Literal(new)), catalog_text=False))
    for value in op.values:
        statement = sql.SQL("ALTER TYPE {} ADD VALUE IF NOT EXISTS {}").format(_name(op.user_type), sql.Literal(value.label))
        if value.before is not None:
            statement = sql.SQL("{} BEFORE {}").format(statement, sql.Literal(value.before))
        elif value.after is not None:
            statement = sql.SQL("{} AFTER {}").format(statement, sql.Literal(value.after))
        statements.append(statement)
    return statements


@render.register
def _(op: AlterDomain) -> list[sql.Composable]:
    domain = op.user_type
    alter = sql.SQL("ALTER DOMAIN {} ").format(_name(domain))
    if op.change == "default":
        if domain.default is None:
            return [alter + sql.SQL("DROP DEFAULT")]
        return [alter + sql.SQL("SET DEFAULT {}").format(trusted_sql(domain.default))]
    if op.change == "not_null":
        return [alter + sql.SQL("SET NOT NULL" if domain.not_null else "DROP NOT NULL")]
    raise ValueError(f"unknown domain change {op.change!r}")


@render.register
def _(op: AddDomainConstraint) -> list[sql.Composable]:
    domain, constraint = op.user_type, op.constraint
    statements: list[sql.Composable] = []
    if op.replaces is not None:
        # redefined: drop it only while its definition is still not the desired one
        stale = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.contypid = {} AND o.conname = {} "
                        "AND pg_catalog.pg_get_constraintdef(o.oid) <> {})").format(
            type_oid(domain), sql.Literal(constraint.name), sql.Literal(constraint.definition))
        statements.append(_guard_raw(stale, sql.SQL("ALTER DOMAIN {} DROP CONSTRAINT {}").format(
            _name(domain), ident(constraint.name))))
    return statements + [_add_constraint(domain, constraint)]


@render.register
def _(op: DropDomainConstraint) -> list[sql.Composable]:
    return [sql.SQL("ALTER DOMAIN {} DROP CONSTRAINT IF EXISTS {}").format(
        _name(op.user_type), ident(op.constraint.name))]


def _attribute_test(user_type: UserType, attribute: str) -> sql.Composable:
    return sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid "
                   "WHERE t.oid = {} AND a.attname = {} AND NOT a.attisdropped)").format(
        type_oid(user_type), sql.Literal(attribute))


@render.register
def _(op: AlterTypeAttribute) -> list[sql.Composable]:
    user_type, attribute = op.user_type, op.attribute
    alter = sql.SQL("ALTER TYPE {} ").format(_name(user_type))
    if op.change == "drop":
        return [alter + sql.SQL("DROP ATTRIBUTE IF EXISTS {}").format(ident(attribute.name))]
    if op.change == "add":
        present = _attribute_test(user_type, attribute.name)
        return [_guard_raw(sql.SQL("NOT {}").format(present),
                           alter + sql.SQL("ADD ATTRIBUTE {}").format(_attribute(attribute)), catalog_text=False)]
    if op.change == "type":
        statement = alter + sql.SQL("ALTER ATTRIBUTE {} TYPE {}").format(ident(attribute.name), _attribute_type(attribute))
        if op.old is not None and op.old.type == attribute.type:
            return [statement]          # collation only: nothing to guard on
        return [_guard_raw(_type_differs(user_type, attribute), statement)]
    raise ValueError(f"unknown attribute change {op.change!r}")


def _type_differs(user_type: UserType, attribute: TypeAttribute) -> sql.Composable:
    return sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid "
                   "WHERE t.oid = {} AND a.attname = {} AND NOT a.attisdropped "
                   "AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> {})").format(
        type_oid(user_type), sql.Literal(attribute.name), sql.Literal(attribute.type))


def _attribute_type(attribute: TypeAttribute) -> sql.Composable:
    if attribute.collation:
        return sql.SQL("{} COLLATE {}").format(trusted_sql(attribute.type), trusted_sql(attribute.collation))
    return trusted_sql(attribute.type)


# --- table attributes kept with the object kinds added alongside types ---

@render.register
def _(op: SetReplicaIdentity) -> list[sql.Composable]:
    table = op.table      # setting the identity it already has changes nothing: safe to re-run
    if table.replica_identity_index is not None:
        what: sql.Composable = sql.SQL("USING INDEX {}").format(ident(table.replica_identity_index))
    else:
        what = sql.SQL({"full": "FULL", "nothing": "NOTHING"}.get(table.replica_identity, "DEFAULT"))  # type: ignore[arg-type]
    return [sql.SQL("ALTER TABLE {} REPLICA IDENTITY {}").format(ident(table.schema, table.name), what)]
