"""SQL text of the operations on foreign data wrappers and servers, each re-runnable.

Registered on ``render.render`` when this module is imported (plan.py imports it).
"""

from __future__ import annotations

from psycopg import sql

from pgdecl.catalog.model import ForeignColumn, Options, UserMapping
from pgdecl.diff.ops import (
    AlterForeignDataWrapper, AlterForeignTable, AlterServer, AlterUserMapping, CreateForeignDataWrapper,
    CreateForeignTable, CreateServer, CreateUserMapping, DropForeignTable, DropServer, DropUserMapping,
)
from pgdecl.render import _DEFINITION, _EXISTS, _guard_raw, guarded, ident, render, to_text, trusted_sql
from pgdecl.spec.trusted import dollar_tag


def options_clause(options: Options) -> sql.Composable:
    """`` OPTIONS (name 'value', …)`` of a CREATE, or nothing."""
    if not options:
        return sql.SQL("")
    return sql.SQL(" OPTIONS ({})").format(sql.SQL(", ").join(
        sql.SQL("{} {}").format(ident(name), sql.Literal(value)) for name, value in options))


def option_statements(alter: sql.Composable, has_option: sql.Composable, old: Options,
                      new: Options) -> list[sql.Composable]:
    """``{alter} OPTIONS (ADD | SET | DROP …)`` turning ``old`` into ``new``, one statement per
    option, each guarded by ``has_option`` (a test with ``{}`` for the option name) so that the
    script re-runs cleanly (ADD of an option present, or DROP of one absent, is an error)."""
    before, after = dict(old), dict(new)
    statements: list[sql.Composable] = []

    def guarded_change(change: sql.Composable, name: str, present: bool) -> None:
        test = sql.SQL(has_option.as_string(None).replace("{option}", sql.Literal(name).as_string(None)))  # type: ignore[arg-type]
        statement = sql.SQL("{} OPTIONS ({})").format(alter, change)
        statements.append(_guard_raw(test if present else sql.SQL("NOT {}").format(test), statement,
                                     catalog_text=False))

    for name, value in new:
        if name not in before:
            guarded_change(sql.SQL("ADD {} {}").format(ident(name), sql.Literal(value)), name, False)
        elif before[name] != value:
            guarded_change(sql.SQL("SET {} {}").format(ident(name), sql.Literal(value)), name, True)
    for name, _ in old:
        if name not in after:
            guarded_change(sql.SQL("DROP {}").format(ident(name)), name, True)
    return statements


def _has_option(table: str, options: str, name_column: str, name: str) -> sql.Composable:
    return sql.SQL("EXISTS (SELECT FROM pg_catalog.{} c, pg_catalog.pg_options_to_table(c.{}) o "
                   "WHERE c.{} = {} AND o.option_name = {{option}})").format(
        sql.Identifier(table), sql.Identifier(options), sql.Identifier(name_column), sql.Literal(name))


def _function(regproc: str | None, word: str) -> sql.Composable:
    # regproc text read from the catalog (quoted as needed, schema-qualified)
    return sql.SQL("{} {}").format(sql.SQL(word), trusted_sql(regproc)) if regproc else sql.SQL(f"NO {word}")  # type: ignore[arg-type]


@render.register
def _(op: CreateForeignDataWrapper) -> list[sql.Composable]:
    wrapper = op.wrapper
    statement = sql.SQL("CREATE FOREIGN DATA WRAPPER {}{}{}{}").format(
        ident(wrapper.name),
        sql.SQL(" HANDLER {}").format(trusted_sql(wrapper.handler)) if wrapper.handler else sql.SQL(""),
        sql.SQL(" VALIDATOR {}").format(trusted_sql(wrapper.validator)) if wrapper.validator else sql.SQL(""),
        options_clause(wrapper.options))
    test = sql.SQL("NOT EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.fdwname = {})").format(
        sql.Literal(wrapper.name))
    return [_guard_raw(test, statement, catalog_text=False)]


@render.register
def _(op: AlterForeignDataWrapper) -> list[sql.Composable]:
    new, old = op.wrapper, op.old
    parts: list[sql.Composable] = []
    if new.handler != old.handler:
        parts.append(_function(new.handler, "HANDLER"))
    if new.validator != old.validator:
        parts.append(_function(new.validator, "VALIDATOR"))
    alter = sql.SQL("ALTER FOREIGN DATA WRAPPER {}").format(ident(new.name))
    statements: list[sql.Composable] = [sql.SQL("{} {}").format(alter, sql.SQL(" ").join(parts))] if parts else []
    return statements + option_statements(alter, _has_option("pg_foreign_data_wrapper", "fdwoptions", "fdwname",
                                                             new.name), old.options, new.options)


@render.register
def _(op: CreateServer) -> list[sql.Composable]:
    server = op.server
    return [sql.SQL("CREATE SERVER IF NOT EXISTS {}{}{} FOREIGN DATA WRAPPER {}{}").format(
        ident(server.name),
        sql.SQL(" TYPE {}").format(sql.Literal(server.type)) if server.type is not None else sql.SQL(""),
        sql.SQL(" VERSION {}").format(sql.Literal(server.version)) if server.version is not None else sql.SQL(""),
        ident(server.wrapper), options_clause(server.options))]


@render.register
def _(op: AlterServer) -> list[sql.Composable]:
    new, old = op.server, op.old
    parts: list[sql.Composable] = []
    if new.version != old.version:
        parts.append(sql.SQL("VERSION {}").format(sql.Literal(new.version) if new.version is not None
                                                  else sql.SQL("NULL")))
    alter = sql.SQL("ALTER SERVER {}").format(ident(new.name))
    statements: list[sql.Composable] = [sql.SQL("{} {}").format(alter, sql.SQL(" ").join(parts))] if parts else []
    return statements + option_statements(alter, _has_option("pg_foreign_server", "srvoptions", "srvname", new.name),
                                          old.options, new.options)


@render.register
def _(op: DropServer) -> list[sql.Composable]:
    return [sql.SQL("DROP SERVER IF EXISTS {}").format(ident(op.server.name))]


# --- user mappings: a secret option's value is never in the SQL; apply sets it as a setting ---

def secret_setting(env: str) -> str:
    """The session setting holding the value of environment variable ``env`` while applying."""
    return f"pgdecl.secret_{env.lower()}"


def _role(role: str) -> sql.Composable:
    return sql.SQL("PUBLIC") if role == "PUBLIC" else ident(role)


def _mapping_row(mapping: UserMapping) -> sql.Composable:
    who = sql.SQL("m.umuser = 0") if mapping.role == "PUBLIC" else sql.SQL("m.usename = {}").format(
        sql.Literal(mapping.role))
    return sql.SQL("SELECT FROM pg_catalog.pg_user_mappings m WHERE m.srvname = {} AND {}").format(
        sql.Literal(mapping.server), who)


def _guard_secret(test: sql.Composable, template: str, envs: list[str]) -> sql.Composable:
    """A DO block running ``format(template, current_setting('pgdecl.secret_…'), …)`` while
    ``test`` holds: the statement gets each secret (``%L``) from a setting apply made."""
    call = sql.SQL("pg_catalog.format({}, {})").format(sql.Literal(template), sql.SQL(", ").join(
        sql.SQL("pg_catalog.current_setting({})").format(sql.Literal(secret_setting(env))) for env in envs))
    block = "DO ${tag}$ BEGIN\n  IF {test} THEN\n    EXECUTE {call};\n  END IF;\nEND ${tag}$"
    inner = to_text(sql.SQL(block.replace("${tag}$", "")).format(test=test, call=call))
    return sql.SQL(block).format(tag=sql.SQL(dollar_tag(inner, "pgdecl")), test=test, call=call)  # type: ignore[arg-type]


def _statement_with_secrets(parts: list[tuple[sql.Composable | None, str | None]], test: sql.Composable
                            ) -> sql.Composable:
    """Join ``parts`` (SQL, or None and the environment variable of a secret) into one guarded statement."""
    envs = [env for part, env in parts if part is None and env]
    if not envs:
        return _guard_raw(test, sql.SQL("").join(part for part, _ in parts if part is not None), catalog_text=False)
    template = "".join(to_text(part).replace("%", "%%") if part is not None else "%L" for part, _ in parts)
    return _guard_secret(test, template, envs)


@render.register
def _(op: CreateUserMapping) -> list[sql.Composable]:
    mapping = op.mapping
    envs = dict(mapping.secret_env)
    parts: list[tuple[sql.Composable | None, str | None]] = [(sql.SQL("CREATE USER MAPPING FOR {} SERVER {}").format(
        _role(mapping.role), ident(mapping.server)), None)]
    items: list[list[tuple[sql.Composable | None, str | None]]] = [
        [(sql.SQL("{} {}").format(ident(name), sql.Literal(value)), None)] for name, value in mapping.options]
    items += [[(sql.SQL("{} ").format(ident(name)), None), (None, envs[name])] for name in mapping.secrets]
    if items:
        parts.append((sql.SQL(" OPTIONS ("), None))
        for i, item in enumerate(items):
            if i:
                parts.append((sql.SQL(", "), None))
            parts.extend(item)
        parts.append((sql.SQL(")"), None))
    test = sql.SQL("NOT EXISTS ({})").format(_mapping_row(mapping))
    return [_statement_with_secrets(parts, test)]


def _has_mapping_option(mapping: UserMapping) -> sql.Composable:
    return sql.SQL("EXISTS ({} AND {{option}} IN (SELECT o.option_name FROM "
                   "pg_catalog.pg_options_to_table(m.umoptions) o))").format(_mapping_row(mapping))


@render.register
def _(op: AlterUserMapping) -> list[sql.Composable]:
    new, old = op.mapping, op.old
    alter = sql.SQL("ALTER USER MAPPING FOR {} SERVER {}").format(_role(new.role), ident(new.server))
    statements = option_statements(alter, _has_mapping_option(new), old.options, new.options)
    envs = dict(new.secret_env)
    for name in new.secrets:
        if name not in old.secrets:
            test = sql.SQL(_has_mapping_option(new).as_string(None).replace("{option}", sql.Literal(name).as_string(None)))  # type: ignore[arg-type]
            statements.append(_statement_with_secrets(
                [(sql.SQL("{} OPTIONS (ADD {} ").format(alter, ident(name)), None), (None, envs[name]),
                 (sql.SQL(")"), None)], sql.SQL("NOT {}").format(test)))
    for name in old.secrets:
        if name not in new.secrets:
            test = sql.SQL(_has_mapping_option(new).as_string(None).replace("{option}", sql.Literal(name).as_string(None)))  # type: ignore[arg-type]
            statements.append(_guard_raw(test, sql.SQL("{} OPTIONS (DROP {})").format(alter, ident(name)),
                                         catalog_text=False))
    return statements


@render.register
def _(op: DropUserMapping) -> list[sql.Composable]:
    mapping = op.mapping
    return [sql.SQL("DROP USER MAPPING IF EXISTS FOR {} SERVER {}").format(_role(mapping.role), ident(mapping.server))]


# --- foreign tables ---

_EXISTS["foreign table"] = "SELECT FROM pg_catalog.pg_class c WHERE c.oid = {rel} AND c.relkind = 'f'"
# a foreign table replaced to move it to another server: while it is still on another one
_DEFINITION["foreign table"] = ("SELECT FROM pg_catalog.pg_foreign_table ft JOIN pg_catalog.pg_foreign_server s "
                                "ON s.oid = ft.ftserver WHERE ft.ftrelid = {rel} AND s.srvname <> {expected}")


def _column(column: ForeignColumn) -> sql.Composable:
    return sql.SQL("{} {}{}{}{}").format(
        ident(column.name), trusted_sql(column.type), options_clause(column.options),     # format_type text
        sql.SQL(" DEFAULT {}").format(trusted_sql(column.default)) if column.default is not None else sql.SQL(""),
        sql.SQL(" NOT NULL") if column.not_null else sql.SQL(""))


@render.register
def _(op: CreateForeignTable) -> list[sql.Composable]:
    table = op.table
    return [sql.SQL("CREATE FOREIGN TABLE IF NOT EXISTS {} (\n    {}\n) SERVER {}{}").format(
        ident(table.schema, table.name), sql.SQL(",\n    ").join(_column(c) for c in table.columns),
        ident(table.server), options_clause(table.options))]


@render.register
def _(op: AlterForeignTable) -> list[sql.Composable]:
    new, old = op.table, op.old
    name = ident(new.schema, new.name)
    alter = sql.SQL("ALTER FOREIGN TABLE {}").format(name)
    before = {c.name: c for c in old.columns}
    after = {c.name: c for c in new.columns}
    statements: list[sql.Composable] = []
    for column in old.columns:
        if column.name not in after:
            statements.append(sql.SQL("{} DROP COLUMN IF EXISTS {}").format(alter, ident(column.name)))
    for column in new.columns:
        was = before.get(column.name)
        if was is None:
            statements.append(sql.SQL("{} ADD COLUMN IF NOT EXISTS {}").format(alter, _column(column)))
            continue
        target = sql.SQL("{} ALTER COLUMN {}").format(alter, ident(column.name))
        if was.type != column.type:
            statements.append(sql.SQL("{} TYPE {}").format(target, trusted_sql(column.type)))
        if was.default != column.default:
            statements.append(sql.SQL("{} SET DEFAULT {}").format(target, trusted_sql(column.default))
                              if column.default is not None else sql.SQL("{} DROP DEFAULT").format(target))
        if was.not_null != column.not_null:
            statements.append(sql.SQL("{} {} NOT NULL").format(target, sql.SQL("SET" if column.not_null else "DROP")))
        if was.options != column.options:
            has = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_attribute a, pg_catalog.pg_options_to_table(a.attfdwoptions) o "
                          "WHERE a.attrelid = pg_catalog.to_regclass({}) AND a.attname = {} AND o.option_name = {{option}})"
                          ).format(sql.Literal(to_text(name)), sql.Literal(column.name))
            statements += option_statements(target, has, was.options, column.options)
    if old.options != new.options:
        has = sql.SQL("EXISTS (SELECT FROM pg_catalog.pg_foreign_table c, pg_catalog.pg_options_to_table(c.ftoptions) o "
                      "WHERE c.ftrelid = pg_catalog.to_regclass({}) AND o.option_name = {{option}})").format(
            sql.Literal(to_text(name)))
        statements += option_statements(alter, has, old.options, new.options)
    return statements


@render.register
def _(op: DropForeignTable) -> list[sql.Composable]:
    statement = sql.SQL("DROP FOREIGN TABLE {}").format(ident(op.table.schema, op.table.name))
    if op.when:
        return [guarded(op.when, statement)]
    return [sql.SQL("DROP FOREIGN TABLE IF EXISTS {}").format(ident(op.table.schema, op.table.name))]
