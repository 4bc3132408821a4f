"""SQL text of the operations on collations, each guarded so a script re-runs cleanly.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import Collation
from pgdecl.diff.collations import CreateCollation, DropCollation
from pgdecl.render import _DEFINITION, _EXISTS, _guard_raw, ident, render

# the collation's oid, NULL when it does not exist (to_regcollation)
_OID = "pg_catalog.to_regcollation({coll})"
# Collation.shape in the catalog, whatever the server's version: the columns that differ
# between 14 and 18 (colliculocale, colllocale, collicurules) are read from the row as json
_SHAPE = (
    "(SELECT concat_ws('|', CASE r->>'collprovider' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' "
    "WHEN 'b' THEN 'builtin' ELSE 'default' END, "
    "coalesce(r->>'colllocale', r->>'colliculocale', CASE WHEN r->>'collprovider' = 'i' "
    "THEN r->>'collcollate' END, ''), "
    "CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collcollate', '') ELSE '' END, "
    "CASE WHEN r->>'collprovider' = 'c' THEN coalesce(r->>'collctype', '') ELSE '' END, "
    "CASE WHEN (r->>'collisdeterministic')::boolean THEN 't' ELSE 'f' END, coalesce(r->>'collicurules', '')) "
    "FROM pg_catalog.pg_collation o, LATERAL pg_catalog.to_jsonb(o) r WHERE o.oid = " + _OID + ")"
)
_EXISTS.setdefault("collation", "SELECT FROM pg_catalog.pg_collation o WHERE o.oid = " + _OID)
_DEFINITION.setdefault("collation", "SELECT WHERE " + _SHAPE + " <> {expected}")


def _name(collation: Collation) -> sql.Identifier:
    return ident(collation.schema, collation.name)


@render.register
def _(op: CreateCollation) -> list[sql.Composable]:
    from pgdecl.spec.ddl import collation_options

    collation = op.collation
    return [sql.SQL("CREATE COLLATION IF NOT EXISTS {} {}").format(_name(collation), collation_options(
        collation.provider, collation.locale, collation.lc_collate, collation.lc_ctype, collation.deterministic,
        collation.rules))]


@render.register
def _(op: DropCollation) -> list[sql.Composable]:
    if op.desired is None:
        return [sql.SQL("DROP COLLATION IF EXISTS {}").format(_name(op.collation))]
    coll = sql.Literal(_name(op.collation).as_string(None))
    stale = sql.SQL("EXISTS (SELECT WHERE {} <> {})").format(
        sql.SQL(_SHAPE).format(coll=coll), sql.Literal(op.desired.shape))  # type: ignore[arg-type]
    return [_guard_raw(stale, sql.SQL("DROP COLLATION {}").format(_name(op.collation)))]
