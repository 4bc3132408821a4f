"""SQL written in a spec, checked with PostgreSQL's own parser (pglast) before any of it runs.

Two layers. Each expression field is parsed when the spec is loaded, as exactly one
expression (or query, type, bound …) of its kind, so that ``0); CREATE ROLE x …`` in a
column default is an error at its file:line, not a role on the server. And every
statement rendered from the spec is parsed before the scratch database runs it: it must
be exactly one statement of the kind pgdecl meant to write (``statement_kind``), whatever
a field that no expression check covers (a type, an argument list) contains.

Parsing needs no server; ``parse_sql_json`` is used because building pglast's Python node
objects costs forty times as much (650 µs against 16 µs for a CREATE TABLE).
"""

from __future__ import annotations

import json
from typing import Any

from pglast import parser
from pglast.parser import ParseError

from pgdecl.spec.trusted import dollar_tag, sql_standard_body

# built-in types a partition bound may be cast to, as pglast names them unqualified
# (``int`` and ``timestamptz`` come back as pg_catalog.int4 / pg_catalog.timestamptz)
_BUILTIN_TYPES = frozenset({
    "date", "text", "varchar", "char", "bpchar", "uuid", "bool", "boolean", "numeric", "decimal", "interval",
    "timestamp", "timestamptz", "time", "timetz", "int2", "int4", "int8", "integer", "smallint", "bigint",
    "float4", "float8", "real", "money", "inet", "cidr", "macaddr", "bytea", "name", "oid", "jsonb", "json",
})


# words that pglast's grammar (PostgreSQL 18) reserves, at least as function or type names,
# and PostgreSQL 15 does not: there they are plain identifiers, and catalogs of a 15 server
# print them unquoted (``json json``, an argument named json, from pg_get_function_arguments)
_NEWER_KEYWORDS = frozenset({
    "JSON", "JSON_ARRAY", "JSON_ARRAYAGG", "JSON_OBJECT", "JSON_OBJECTAGG", "SYSTEM_USER",     # 16
    "JSON_EXISTS", "JSON_QUERY", "JSON_SCALAR", "JSON_SERIALIZE", "JSON_TABLE", "JSON_VALUE",  # 17
    "MERGE_ACTION",
})


def _quote_newer_keywords(text: str) -> str | None:
    """``text`` with each word of ``_NEWER_KEYWORDS`` written as the quoted identifier it is
    on older servers (``"json"``, set apart by spaces), or None if it has none. Only tokens
    change: the scanner found them outside strings, comments and quoted names, so the
    statements and their boundaries stay the same; a word used as a keyword (``IS JSON``,
    ``JSON_TABLE(…)``) then no longer parses, which leaves the original error standing."""
    data = text.encode()
    try:
        tokens = [t for t in parser.scan(text) if t.name in _NEWER_KEYWORDS and t.kind != "UNRESERVED_KEYWORD"]
    except ParseError:
        return None
    if not tokens:
        return None
    pieces, last = [], 0
    for token in tokens:
        pieces += [data[last:token.start], b' "', data[token.start:token.end + 1].lower(), b'" ']
        last = token.end + 1
    pieces.append(data[last:])
    return b"".join(pieces).decode()


def _parse(text: str) -> list[dict[str, Any]]:
    """The raw statements of ``text`` (ValueError with PostgreSQL's message if it does not parse).
    pglast parses with PostgreSQL 18's grammar; text that only fails because it names something
    with a word that grammar has made a keyword since PostgreSQL 15 is parsed with those words
    quoted (``_quote_newer_keywords``), so SQL a 15 server wrote passes the same checks."""
    try:
        return json.loads(parser.parse_sql_json(text)).get("stmts", [])
    except ParseError as exc:
        quoted = _quote_newer_keywords(text)
        if quoted is not None:
            try:
                return json.loads(parser.parse_sql_json(quoted)).get("stmts", [])
            except ParseError:
                pass
        raise ValueError(exc.args[0] if exc.args else str(exc)) from None


def _node(statement: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    ((kind, body),) = statement["stmt"].items()
    return kind, body


def _one(text: str, wrapped: str, what: str) -> tuple[str, dict[str, Any]]:
    try:
        statements = _parse(wrapped)
    except ValueError as exc:
        raise ValueError(f"not {what}: {exc} in {text!r}") from None
    if len(statements) != 1:
        raise ValueError(f"not {what}: it ends early and goes on with more SQL: {text!r}")
    return _node(statements[0])


def _only(body: dict[str, Any], allowed: set[str]) -> bool:
    return set(body) <= allowed


_PLAIN_SELECT = {"targetList", "limitOption", "op"}


def expression(text: str, what: str = "one SQL expression") -> str:
    """``text`` if it is exactly one value expression (a default, CHECK, USING, WHEN …)."""
    kind, body = _one(text, f"SELECT (\n{text}\n)", what)
    if kind != "SelectStmt" or not _only(body, _PLAIN_SELECT) or len(body.get("targetList", ())) != 1:
        raise ValueError(f"not {what}: {text!r}")
    value = body["targetList"][0]["ResTarget"]["val"]
    if value.get("RowExpr", {}).get("location") == len("SELECT "):     # "a, b": a list, made a row by the wrapper
        raise ValueError(f"not {what} but a list of them: {text!r}")
    return text


def query(text: str) -> str:
    """``text`` if it is exactly one query (SELECT, VALUES or TABLE; no INTO)."""
    kind, body = _one(text, text, "one query")
    if kind != "SelectStmt" or "intoClause" in body:
        raise ValueError(f"not one query (SELECT, VALUES or TABLE …): {text!r}")
    return text


def type_name(text: str) -> str:
    """``text`` if it is exactly one type name (``text[]``, ``numeric(10,2)``, ``timestamp with time zone``)."""
    kind, body = _one(text, f"SELECT CAST(NULL AS\n{text}\n)", "one type name")
    targets = body.get("targetList", ()) if kind == "SelectStmt" else ()
    if not _only(body, _PLAIN_SELECT) or len(targets) != 1 or "TypeCast" not in targets[0]["ResTarget"]["val"]:
        raise ValueError(f"not one type name: {text!r}")
    return text


def domain_base(text: str) -> str:
    """A domain's base type, with its collation if any (``text COLLATE "C"``)."""
    kind, body = _one(text, f"CREATE DOMAIN d AS\n{text}\n", "one base type")
    if kind != "CreateDomainStmt" or set(body) - {"domainname", "typeName", "collClause"}:
        raise ValueError(f"not one base type (a type, then COLLATE if any): {text!r}")
    return text


def returns(text: str) -> str:
    """A function's result: a type, ``SETOF type`` or ``TABLE (columns)``."""
    kind, body = _one(text, f"CREATE FUNCTION f() RETURNS\n{text}\nLANGUAGE sql AS ''", "one result type")
    if kind != "CreateFunctionStmt" or len(body.get("options", ())) != 2:
        raise ValueError(f"not one result type (a type, SETOF type or TABLE (…)): {text!r}")
    return text


def column_definition(text: str) -> str:
    """The short form of a column: ``text not null default 'lead'``."""
    kind, body = _one(text, f"CREATE TABLE t (c\n{text}\n)", "one column definition")
    elements = body.get("tableElts", ()) if kind == "CreateStmt" else ()
    if len(elements) != 1 or "ColumnDef" not in elements[0] or not _only(body, {"relation", "tableElts", "oncommit"}):
        raise ValueError(f"not one column definition (type, then NOT NULL, DEFAULT …): {text!r}")
    return text


def exclusion(text: str) -> str:
    """An exclusion constraint's body: ``USING gist (room WITH =, during WITH &&) [WHERE (…)]``."""
    kind, body = _one(text, f"ALTER TABLE t ADD EXCLUDE\n{text}\n", "one exclusion constraint")
    commands = body.get("cmds", ()) if kind == "AlterTableStmt" else ()
    if len(commands) != 1:
        raise ValueError(f"not one exclusion constraint: {text!r}")
    return text


def index_definition(text: str) -> str:
    """What follows ``CREATE INDEX name ON table``: ``USING gin (tags) WHERE …``."""
    kind, _ = _one(text, f"CREATE INDEX i ON t\n{text}\n", "one index definition")
    if kind != "IndexStmt":
        raise ValueError(f"not one index definition: {text!r}")
    return text


def partition_key(text: str) -> str:
    """``RANGE (created_at)``, ``LIST (lower(region))`` …"""
    kind, body = _one(text, f"CREATE TABLE t (a int) PARTITION BY\n{text}\n", "one partition key")
    if kind != "CreateStmt" or "partspec" not in body:
        raise ValueError(f"not one partition key: {text!r}")
    return text


def partition_bound(text: str) -> str:
    """A partition's bound: DEFAULT or FOR VALUES … of constants only.

    PostgreSQL evaluates a bound when the partition is created, so a function call in
    one would run spec code while pgdecl only plans; literals, casts to built-in types
    and MINVALUE / MAXVALUE run nothing.
    """
    kind, body = _one(text, f"CREATE TABLE p PARTITION OF t\n{text}\n", "one partition bound")
    bound = body.get("partbound") if kind == "CreateStmt" else None
    if bound is None or set(body) - {"relation", "inhRelations", "partbound", "oncommit"}:
        raise ValueError(f"not one partition bound: {text!r}")
    for value in (*bound.get("listdatums", ()), *bound.get("lowerdatums", ()), *bound.get("upperdatums", ())):
        if not _constant(value):
            raise ValueError(f"a partition bound must be constants (literals, casts to built-in types, MINVALUE, "
                             f"MAXVALUE): PostgreSQL evaluates it when the partition is created: {text!r}")
    return text


def _constant(node: dict[str, Any]) -> bool:
    ((kind, body),) = node.items()
    if kind == "A_Const":
        return True
    if kind == "ColumnRef":             # MINVALUE / MAXVALUE parse as column names
        names = [field.get("String", {}).get("sval") for field in body.get("fields", ())]
        return names in (["minvalue"], ["maxvalue"])
    if kind == "TypeCast":
        names = [name["String"]["sval"] for name in body["typeName"].get("names", ())]
        builtin = (len(names) == 2 and names[0] == "pg_catalog") or (len(names) == 1 and names[0] in _BUILTIN_TYPES)
        return builtin and not body["typeName"].get("arrayBounds") and _constant(body["arg"])
    if kind == "A_Expr" and body.get("kind") == "AEXPR_OP" and "lexpr" not in body:     # -1, +1
        names = [name["String"]["sval"] for name in body.get("name", ())]
        return names in (["-"], ["+"]) and _constant(body["rexpr"])
    return False


def function_body(language: str, body: str, arguments: str = "", returns: str | None = None) -> str:
    """A body's syntax, for the languages PostgreSQL's parser knows (sql, plpgsql). Only
    syntax: names in it are resolved when the function runs, as pg_dump restores it
    (``check_function_bodies = off``), so a plpgsql compile error other than a syntax
    error (an unknown variable, a type pglast cannot look up) is left to PostgreSQL."""
    head = f"CREATE FUNCTION f({arguments}) RETURNS {returns}" if returns else f"CREATE PROCEDURE f({arguments})"
    try:
        if language == "sql":
            if sql_standard_body(language, body):
                kind, _ = _one(body, f"{head} LANGUAGE sql\n{body}\n", "one SQL body")
                if kind != "CreateFunctionStmt":
                    raise ValueError(f"not one SQL body: {body!r}")
            else:
                _parse(body)
        elif language == "plpgsql":
            tag = dollar_tag(body, "body")
            parser.parse_plpgsql_json(f"{head} LANGUAGE plpgsql AS ${tag}${body}${tag}$")
    except ParseError as exc:
        message = exc.args[0] if exc.args else str(exc)
        if language == "plpgsql" and not message.startswith("syntax error"):
            return body
        raise ValueError(f"syntax error in the {language} body: {message}") from None
    return body


def operator_class_item(kind: str, text: str, family: bool = False) -> str:
    """``text`` if it is exactly one member after OPERATOR / FUNCTION (``kind``) of CREATE OPERATOR
    CLASS, or with ``family`` of ALTER OPERATOR FAMILY … ADD."""
    what = f"one {kind} member" + (" of an operator family (argument types required)" if family else "")
    wrapped = (f"ALTER OPERATOR FAMILY x USING btree ADD {kind.upper()}\n{text}\n" if family
               else f"CREATE OPERATOR CLASS x FOR TYPE int USING btree AS {kind.upper()}\n{text}\n")
    node, body = _one(text, wrapped, what)
    items = body.get("items", ())
    if node != ("AlterOpFamilyStmt" if family else "CreateOpClassStmt") or len(items) != 1:
        raise ValueError(f"not {what}: {text!r}")
    return " ".join(text.split())


# --- whole statements -------------------------------------------------------------------

# what each kind of rendered statement may be, by the raw parse node of its one statement
STATEMENT_NODES = frozenset({
    "CreateSchemaStmt", "CreateExtensionStmt", "CreateSeqStmt", "AlterSeqStmt", "CreateEnumStmt",
    "CompositeTypeStmt", "CreateDomainStmt", "CreateFunctionStmt", "DefineStmt", "CreateStmt",
    "AlterTableStmt", "IndexStmt", "ViewStmt", "CreateTableAsStmt", "CreatePolicyStmt", "CreateTrigStmt",
    "CommentStmt", "GrantStmt", "AlterDefaultPrivilegesStmt", "AlterDomainStmt",
    "CreateOpClassStmt", "CreateOpFamilyStmt", "AlterOpFamilyStmt", "CreateFdwStmt", "CreateForeignServerStmt",
    "CreateUserMappingStmt", "CreateForeignTableStmt",
    "CreateRangeStmt",      # CREATE TYPE … AS RANGE
    "CreateStatsStmt", "AlterStatsStmt", "AlterTSConfigurationStmt", "AlterTSDictionaryStmt",
    "CreatePublicationStmt", "CreateEventTrigStmt", "AlterEventTrigStmt", "RuleStmt", "CreateCastStmt",
})


def statement_kind(text: str) -> str:
    """The parse node of ``text`` if it is exactly one statement of a kind the spec renders
    (CREATE …, ALTER TABLE, GRANT, COMMENT …); ValueError otherwise."""
    statements = _parse(text)
    if len(statements) != 1:
        raise ValueError(f"{len(statements)} statements where one was rendered")
    kind, body = _node(statements[0])
    if kind not in STATEMENT_NODES:
        raise ValueError(f"a {kind} where only CREATE, ALTER, GRANT or COMMENT statements are rendered")
    if kind == "CreateTableAsStmt" and (body.get("objtype") != "OBJECT_MATVIEW" or not body["into"].get("skipData")):
        raise ValueError("CREATE TABLE AS, or a materialized view built WITH DATA, runs a query")
    return kind
