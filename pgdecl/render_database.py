"""SQL text of the operations on database-wide objects (publications, event triggers, casts) and
on rules, each safe to run again.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import Publication
from pgdecl.diff.casts import CreateCast, DropCast
from pgdecl.diff.events import AlterEventTriggerEnabled, CreateEventTrigger, DropEventTrigger
from pgdecl.diff.publications import AlterPublicationOptions, CreatePublication, DropPublication, SetPublicationObjects
from pgdecl.diff.ops import ColumnExists, CreateRule, DropRule
from pgdecl.render import _guard_raw, guarded, ident, render
from pgdecl.spec.trusted import trusted_sql


def _objects(publication: Publication) -> sql.Composable:
    from pgdecl.spec.publications import publication_objects

    return publication_objects([(t.schema, t.name, t.columns, t.where) for t in publication.tables],
                               list(publication.schemas))


def _exists(publication: Publication) -> sql.Composable:
    return sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_publication p WHERE p.pubname = {})").format(
        sql.Literal(publication.name))


@render.register
def _(op: CreatePublication) -> list[sql.Composable]:
    publication = op.publication
    if publication.all_tables:
        target: sql.Composable = sql.SQL(" FOR ALL TABLES")
    elif publication.tables or publication.schemas:
        target = sql.SQL(" FOR {}").format(_objects(publication))
    else:
        target = sql.SQL("")
    from pgdecl.spec.publications import publication_options

    statement = sql.SQL("CREATE PUBLICATION {}{} {}").format(
        ident(publication.name), target, publication_options(publication.publish, publication.via_root))
    return [_guard_raw(sql.SQL("NOT {}").format(_exists(publication)), statement, catalog_text=False)]


@render.register
def _(op: DropPublication) -> list[sql.Composable]:
    return [sql.SQL("DROP PUBLICATION IF EXISTS {}").format(ident(op.publication.name))]


@render.register
def _(op: AlterPublicationOptions) -> list[sql.Composable]:
    publication = op.publication
    return [sql.SQL("ALTER PUBLICATION {} SET ({})").format(
        ident(publication.name),
        sql.SQL("publish = {}, publish_via_partition_root = {}").format(
            sql.Literal(", ".join(publication.publish)), sql.SQL("true" if publication.via_root else "false")))]


@render.register
def _(op: SetPublicationObjects) -> list[sql.Composable]:
    publication, old = op.publication, op.old
    name = ident(publication.name)
    if op.releasing:        # only while a column it lets go of is still there (a second run finds none)
        return [guarded([ColumnExists(table, column) for table, column in op.dropped_columns],
                        sql.SQL("ALTER PUBLICATION {} SET {}").format(name, _objects(publication)))]
    if publication.tables or publication.schemas:       # SET replaces the whole list: safe to run again
        return [sql.SQL("ALTER PUBLICATION {} SET {}").format(name, _objects(publication))]
    # none left: DROP them all (one statement, so all or none), while any is still a member
    members = [sql.SQL("TABLE {}").format(sql.SQL(", ").join(sql.SQL("ONLY {}").format(ident(t.schema, t.name))
                                                             for t in old.tables))] if old.tables else []
    members += [sql.SQL("TABLES IN SCHEMA {}").format(ident(schema)) for schema in old.schemas]
    still = [sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_publication_rel r JOIN pg_catalog.pg_publication p "
                     "ON p.oid = r.prpubid WHERE p.pubname = {})").format(sql.Literal(publication.name))]
    if old.schemas:     # PostgreSQL 15 and later
        still.append(sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_publication_namespace r JOIN "
                             "pg_catalog.pg_publication p ON p.oid = r.pnpubid WHERE p.pubname = {})").format(
            sql.Literal(publication.name)))
    statement = sql.SQL("ALTER PUBLICATION {} DROP {}").format(name, sql.SQL(", ").join(members))
    return [_guard_raw(sql.SQL(" OR ").join(still), statement, catalog_text=False)]


# --- event triggers ---

@render.register
def _(op: CreateEventTrigger) -> list[sql.Composable]:
    from pgdecl.spec.events import create_event_trigger

    trigger = op.trigger
    # the function is evtfoid::regproc text (catalog text, qualified and quoted by PostgreSQL)
    statements = [_guard_raw(sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger e WHERE e.evtname = {})").format(
        sql.Literal(trigger.name)), create_event_trigger(trigger.name, trigger.event, trigger.tags,
                                                          trusted_sql(trigger.function)), catalog_text=False)]
    if trigger.enabled != "O":
        statements.append(_enabled(trigger))
    return statements


def _enabled(trigger) -> sql.Composable:
    from pgdecl.spec.events import ENABLE_SQL

    return sql.SQL("ALTER EVENT TRIGGER {} {}").format(ident(trigger.name), sql.SQL(ENABLE_SQL[trigger.enabled]))


@render.register
def _(op: DropEventTrigger) -> list[sql.Composable]:
    return [sql.SQL("DROP EVENT TRIGGER IF EXISTS {}").format(ident(op.trigger.name))]


@render.register
def _(op: AlterEventTriggerEnabled) -> list[sql.Composable]:
    return [_enabled(op.trigger)]


# --- rules (on tables and views) ---

@render.register
def _(op: CreateRule) -> list[sql.Composable]:
    # pg_get_ruledef text (catalog text): CREATE RULE … ; as CREATE OR REPLACE, safe to run again
    definition = op.rule.definition.rstrip().rstrip(";")
    return [sql.SQL("CREATE OR REPLACE RULE {}").format(trusted_sql(definition.removeprefix("CREATE RULE ")))]


@render.register
def _(op: DropRule) -> list[sql.Composable]:
    rule = op.rule
    statement = sql.SQL("DROP RULE {}{} ON {}").format(
        sql.SQL("" if op.when else "IF EXISTS "), ident(rule.name), ident(rule.schema, rule.table))
    return [guarded(op.when, statement)] if op.when else [statement]


# --- casts (source, target and function are catalog text: format_type, regprocedure) ---

@render.register
def _(op: CreateCast) -> list[sql.Composable]:
    cast = op.cast
    missing = sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_cast c WHERE c.castsource = {}::pg_catalog.regtype "
                      "AND c.casttarget = {}::pg_catalog.regtype)").format(
        sql.Literal(cast.source), sql.Literal(cast.target))
    from pgdecl.spec.casts import create_cast

    statement = create_cast(trusted_sql(cast.source), trusted_sql(cast.target), cast.method,
                            trusted_sql(cast.function) if cast.function else None, cast.context)
    return [_guard_raw(missing, statement)]


@render.register
def _(op: DropCast) -> list[sql.Composable]:
    return [sql.SQL("DROP CAST IF EXISTS ({} AS {})").format(trusted_sql(op.cast.source), trusted_sql(op.cast.target))]
