"""SQL fields parsed as exactly one of their kind, and rendered statements as one statement (no server)."""

from __future__ import annotations

import pytest

from pgdecl.spec import sqlcheck


@pytest.mark.parametrize(("check", "text"), [
    (sqlcheck.expression, "auth.uid() = user_id"),
    (sqlcheck.expression, "(select auth.uid()) = user_id OR is_admin"),
    (sqlcheck.expression, "'{}'::text[]"),
    (sqlcheck.expression, "now() -- a comment"),
    (sqlcheck.expression, "CASE WHEN a > 0 THEN 'x' ELSE $$y;z$$ END"),
    (sqlcheck.query, "SELECT stage, count(*) FROM public.deals GROUP BY stage"),
    (sqlcheck.query, "WITH x AS (SELECT 1 AS a) SELECT a FROM x UNION ALL VALUES (2)"),
    (sqlcheck.type_name, "timestamp with time zone"),
    (sqlcheck.type_name, "numeric(10, 2)[]"),
    (sqlcheck.type_name, 'public."Mood"'),
    (sqlcheck.domain_base, 'text COLLATE pg_catalog."C"'),
    (sqlcheck.returns, "SETOF public.deals"),
    (sqlcheck.returns, "TABLE (id uuid, n bigint)"),
    (sqlcheck.column_definition, "text not null default 'lead'"),
    (sqlcheck.exclusion, "USING gist (room WITH =, during WITH &&) WHERE (active)"),
    (sqlcheck.index_definition, "USING gin (tags) WHERE archived IS FALSE"),
    (sqlcheck.partition_key, "RANGE (created_at)"),
    (sqlcheck.partition_bound, "FOR VALUES FROM (MINVALUE, -1) TO ('2024-01-01'::date, 5)"),
    (sqlcheck.partition_bound, "FOR VALUES IN ('a', NULL)"),
    (sqlcheck.partition_bound, "FOR VALUES WITH (MODULUS 4, REMAINDER 1)"),
    (sqlcheck.partition_bound, "DEFAULT"),
])
def test_one_of_its_kind_is_accepted(check, text) -> None:
    assert check(text) == text


@pytest.mark.parametrize(("check", "text", "words"), [
    (sqlcheck.expression, "0); CREATE ROLE x SUPERUSER; CREATE TABLE z (b int DEFAULT 0", "ends early"),
    (sqlcheck.expression, "1) FROM pg_authid WHERE (true", "not one SQL expression"),
    (sqlcheck.expression, "1, 2", "not one SQL expression"),
    (sqlcheck.expression, "1 /* unclosed", "not one SQL expression"),
    (sqlcheck.expression, "", "not one SQL expression"),
    (sqlcheck.query, "SELECT 1; CREATE ROLE x", "ends early"),
    (sqlcheck.query, "SELECT 1 INTO z", "not one query"),
    (sqlcheck.query, "DELETE FROM t RETURNING *", "not one query"),
    (sqlcheck.type_name, "int); CREATE ROLE x; CREATE TABLE z (a int", "not one type name"),
    (sqlcheck.type_name, "int DEFAULT 1", "not one type name"),
    (sqlcheck.returns, "int LANGUAGE sql AS 'SELECT 1'; CREATE ROLE x; CREATE FUNCTION g() RETURNS int",
     "not one result type"),
    (sqlcheck.column_definition, "int, b int", "not one column definition"),
    (sqlcheck.index_definition, "(a); CREATE ROLE x", "ends early"),
    (sqlcheck.partition_bound, "FOR VALUES FROM (public.f()) TO (10)", "constants"),
    (sqlcheck.partition_bound, "FOR VALUES FROM ('1'::public.d) TO (10)", "constants"),
    (sqlcheck.partition_bound, "FOR VALUES IN ((SELECT 1))", "constants"),
    (sqlcheck.partition_bound, "FOR VALUES FROM (1 + 1) TO (10)", "constants"),
])
def test_anything_else_is_refused(check, text, words) -> None:
    with pytest.raises(ValueError, match=words):
        check(text)


def test_function_bodies_are_checked_for_syntax_only() -> None:
    assert sqlcheck.function_body("plpgsql", "BEGIN NEW.x := now(); RETURN NEW; END", "", "trigger")
    # names resolved when it runs (issue: pg_dump restores such functions): not an error here
    assert sqlcheck.function_body("plpgsql", "DECLARE r app.thing; BEGIN RETURN 1; END", "", "int")
    assert sqlcheck.function_body("sql", "SELECT missing_column FROM missing_table", "", "int")
    with pytest.raises(ValueError, match="syntax error in the plpgsql body"):
        sqlcheck.function_body("plpgsql", "BEGIN RETURN 1 END", "", "int")
    with pytest.raises(ValueError, match="ends early"):
        sqlcheck.function_body("sql", "RETURN 1; CREATE ROLE x SUPERUSER", "", "int")


@pytest.mark.parametrize(("text", "words"), [
    ("CREATE TABLE t (a int); CREATE ROLE x", "2 statements"),
    ("DO $$BEGIN NULL; END$$", "DoStmt"),
    ("COPY (SELECT 1) TO '/tmp/x'", "CopyStmt"),
    ("CREATE ROLE x SUPERUSER", "CreateRoleStmt"),
    ("ALTER SYSTEM SET work_mem = '1GB'", "AlterSystemStmt"),
    ("CREATE MATERIALIZED VIEW m AS SELECT 1", "runs a query"),
    ("CREATE TABLE z AS SELECT 1", "runs a query"),
    ("SELECT pg_catalog.pg_read_file('/etc/passwd')", "SelectStmt"),
])
def test_a_rendered_statement_is_one_of_the_kinds_pgdecl_renders(text, words) -> None:
    with pytest.raises(ValueError, match=words):
        sqlcheck.statement_kind(text)
    assert sqlcheck.statement_kind("CREATE MATERIALIZED VIEW m AS SELECT 1 WITH NO DATA") == "CreateTableAsStmt"


@pytest.mark.parametrize("text", [
    # PostgreSQL 15 prints these names unquoted (PostgREST's fixtures have an argument json json)
    "CREATE FUNCTION test.f(json json, system_user int) RETURNS json LANGUAGE sql AS 'SELECT $1'",
    "CREATE TABLE t (id int, json_table text, \"é\" text DEFAULT 'json')",
    "COMMENT ON COLUMN t.json IS 'a json; column'",
])
def test_names_older_servers_print_unquoted_pass(text) -> None:
    """pglast parses with PostgreSQL 18's grammar, where json, json_table, system_user … are
    keywords; SQL from a 15 server names things with them unquoted and still passes."""
    assert sqlcheck.statement_kind(text) in ("CreateFunctionStmt", "CreateStmt", "CommentStmt")


@pytest.mark.parametrize(("text", "words"), [
    # quoting those words never lets more than one statement, or another kind, through
    ("CREATE FUNCTION f(json json) RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE ROLE x", "2 statements"),
    ("CREATE ROLE json", "CreateRoleStmt"),
    ("SELECT json FROM t", "SelectStmt"),
    # a word used as the keyword it is (IS JSON) stays a keyword: the original error stands
    ("CREATE FUNCTION f(json json) RETURNS bool LANGUAGE sql RETURN json IS JSON", "syntax error"),
    ("CREATE TABLE t (a json\"x\" int)", "syntax error"),
])
def test_quoting_newer_keywords_keeps_the_guarantee(text, words) -> None:
    with pytest.raises(ValueError, match=words):
        sqlcheck.statement_kind(text)
    assert sqlcheck.expression("json_value(j, '$.a') IS NOT NULL")       # keywords as keywords: unchanged
