"""SQL text of the operations on text search dictionaries and configurations, each safe to
run again. Registered on ``render.render`` when this module is imported (plan.py imports it)."""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import TextSearchConfiguration, TextSearchDictionary
from pgdecl.diff.text_search import (
    AlterTextSearchDictionary, AlterTextSearchMappings, CreateTextSearchConfiguration, CreateTextSearchDictionary,
    DropTextSearchConfiguration, DropTextSearchDictionary,
)
from pgdecl.render import _guard_raw, ident, render, trusted_sql


def _dictionary(dictionary: TextSearchDictionary) -> sql.Identifier:
    return ident(dictionary.schema, dictionary.name)


def _configuration(configuration: TextSearchConfiguration) -> sql.Identifier:
    return ident(configuration.schema, configuration.name)


def _find(catalog: str, prefix: str, schema: str, name: str) -> sql.Composable:
    """``SELECT FROM pg_ts_dict|pg_ts_config o … WHERE`` the object named schema.name."""
    return sql.SQL("SELECT FROM pg_catalog.{} o JOIN pg_catalog.pg_namespace n ON n.oid = o.{} "
                   "WHERE n.nspname = {} AND o.{} = {}").format(
        sql.Identifier(catalog), sql.Identifier(f"{prefix}namespace"), sql.Literal(schema),
        sql.Identifier(f"{prefix}name"), sql.Literal(name))


@render.register
def _(op: CreateTextSearchDictionary) -> list[sql.Composable]:
    from pgdecl.spec.ddl import dictionary_options

    dictionary = op.dictionary
    statement = sql.SQL("CREATE TEXT SEARCH DICTIONARY {} {}").format(
        _dictionary(dictionary), dictionary_options(trusted_sql(dictionary.template), dictionary.options))
    absent = sql.SQL("NOT EXISTS ({})").format(_find("pg_ts_dict", "dict", dictionary.schema, dictionary.name))
    return [_guard_raw(absent, statement, catalog_text=False)]


@render.register
def _(op: AlterTextSearchDictionary) -> list[sql.Composable]:
    items = [sql.SQL("{} = {}").format(ident(name), sql.Literal(value)) for name, value in op.dictionary.options]
    items += [ident(name) for name in op.removed_options]        # an option without a value is removed
    return [sql.SQL("ALTER TEXT SEARCH DICTIONARY {} ({})").format(_dictionary(op.dictionary),
                                                                   sql.SQL(", ").join(items))]


@render.register
def _(op: DropTextSearchDictionary) -> list[sql.Composable]:
    dictionary = op.dictionary
    if op.desired is None:
        return [sql.SQL("DROP TEXT SEARCH DICTIONARY IF EXISTS {}").format(_dictionary(dictionary))]
    stale = sql.SQL("EXISTS ({} AND (SELECT pg_catalog.quote_ident(tn.nspname) || '.' || "
                    "pg_catalog.quote_ident(t.tmplname) FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace "
                    "tn ON tn.oid = t.tmplnamespace WHERE t.oid = o.dicttemplate) <> {})").format(
        _find("pg_ts_dict", "dict", dictionary.schema, dictionary.name), sql.Literal(op.desired.template))
    return [_guard_raw(stale, sql.SQL("DROP TEXT SEARCH DICTIONARY {}").format(_dictionary(dictionary)))]


def _mappings(configuration: TextSearchConfiguration, tokens: tuple[str, ...]) -> list[sql.Composable]:
    """One ALTER MAPPING per set of dictionaries, for the token types mapped to it."""
    from pgdecl.spec.ddl import mapping_statement

    wanted = dict(configuration.mappings)
    groups: dict[tuple[str, ...], list[str]] = {}
    for token in tokens:
        groups.setdefault(wanted[token], []).append(token)
    return [mapping_statement(_configuration(configuration), group, [trusted_sql(d) for d in dictionaries])
            for dictionaries, group in groups.items()]


@render.register
def _(op: CreateTextSearchConfiguration) -> list[sql.Composable]:
    configuration = op.configuration
    statement = sql.SQL("CREATE TEXT SEARCH CONFIGURATION {} (parser = {})").format(
        _configuration(configuration), trusted_sql(configuration.parser))
    absent = sql.SQL("NOT EXISTS ({})").format(_find("pg_ts_config", "cfg", configuration.schema, configuration.name))
    return [_guard_raw(absent, statement, catalog_text=False)] + _mappings(
        configuration, tuple(token for token, _ in configuration.mappings))


@render.register
def _(op: AlterTextSearchMappings) -> list[sql.Composable]:
    statements = _mappings(op.configuration, op.tokens)
    if op.dropped:
        statements.append(sql.SQL("ALTER TEXT SEARCH CONFIGURATION {} DROP MAPPING IF EXISTS FOR {}").format(
            _configuration(op.configuration), sql.SQL(", ").join(ident(token) for token in op.dropped)))
    return statements


@render.register
def _(op: DropTextSearchConfiguration) -> list[sql.Composable]:
    configuration = op.configuration
    if op.desired is None:
        return [sql.SQL("DROP TEXT SEARCH CONFIGURATION IF EXISTS {}").format(_configuration(configuration))]
    stale = sql.SQL("EXISTS ({} AND (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || "
                    "pg_catalog.quote_ident(p.prsname) FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace "
                    "pn ON pn.oid = p.prsnamespace WHERE p.oid = o.cfgparser) <> {})").format(
        _find("pg_ts_config", "cfg", configuration.schema, configuration.name), sql.Literal(op.desired.parser))
    return [_guard_raw(stale, sql.SQL("DROP TEXT SEARCH CONFIGURATION {}").format(_configuration(configuration)))]
