"""Text search dictionaries and configurations: export round trip, a template change refused
while a configuration uses the dictionary, parsers and templates left unmanaged with the
reason, bad spec input at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip, plan_for
from pgdecl.diff.text_search import UnsupportedTextSearchChange
from pgdecl.export import export_database
from pgdecl.spec import load_spec
from pgdecl.spec.errors import SpecError


def test_export_text_search_round_trip(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    run_sql(source, """
        CREATE SCHEMA app;
        CREATE TEXT SEARCH DICTIONARY app.plain (template = simple, stopwords = english, accept = false);
        COMMENT ON TEXT SEARCH DICTIONARY app.plain IS 'no stop words';
        CREATE TEXT SEARCH CONFIGURATION app.docs (copy = english);
        ALTER TEXT SEARCH CONFIGURATION app.docs ALTER MAPPING FOR asciiword WITH app.plain, english_stem;
        ALTER TEXT SEARCH CONFIGURATION app.docs DROP MAPPING FOR email, url, url_path, host, file;
        CREATE TEXT SEARCH CONFIGURATION app.empty (parser = default);
        CREATE TABLE app.documents (body text, search tsvector GENERATED ALWAYS AS (to_tsvector('app.docs', body)) STORED);
        CREATE TEXT SEARCH TEMPLATE app.my_template (lexize = dsimple_lexize);
    """)
    exported = export_database(source, ("app",))
    assert exported.warnings == ["text search template app.my_template (its functions are C): "
                                 "not managed by pgdecl, not exported"]
    app = exported.document["schemas"]["app"]
    assert app["text_search_dictionaries"] == {"plain": {
        "template": "simple", "options": {"accept": "false", "stopwords": "english"}, "comment": "no stop words"}}
    docs = app["text_search_configurations"]["docs"]
    assert docs["parser"] == 'pg_catalog."default"'
    assert docs["mappings"]["asciiword"] == ["app.plain", "english_stem"]
    assert "email" not in str(docs["mappings"])
    assert app["text_search_configurations"]["empty"] == {"parser": 'pg_catalog."default"'}
    run_sql(source, "DROP TEXT SEARCH TEMPLATE app.my_template")
    exported = export_database(source, ("app",))
    run_sql(rebuilt, "CREATE SCHEMA app")
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ("app",))


def test_template_change_refused_while_a_configuration_uses_the_dictionary(db: str, tmp_path: Path) -> None:
    run_sql(db, "CREATE TEXT SEARCH DICTIONARY public.d (template = simple); "
                "CREATE TEXT SEARCH CONFIGURATION public.c (parser = default); "
                "ALTER TEXT SEARCH CONFIGURATION public.c ADD MAPPING FOR word WITH public.d")
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  public:\n    text_search_dictionaries:\n"
                    "      d: {template: snowball, options: {language: english}}\n"
                    "    text_search_configurations:\n      c: {parser: default, mappings: {word: [public.d]}}\n")
    with pytest.raises(UnsupportedTextSearchChange, match=r"schema.yaml:5:.*changing its template.*"
                                                          r"text search configuration public.c"):
        plan_for(spec, db)


@pytest.mark.parametrize("kind, body, message", [
    ("configurations", "{mappings: {word: [simple]}}", "exactly one of: parser, copy"),
    ("configurations", "{parser: default, copy: english}", "exactly one of: parser, copy"),
    ("configurations", "{parser: default, mappings: {'word, word': [simple]}}", "mapped twice"),
    ("configurations", "{parser: default, mappings: {'a b': [simple]}}", "token type names"),
    ("dictionaries", "{options: {language: english}}", "template"),
    ("dictionaries", "{template: simple, options: {Accept: 'false'}}", "not a dictionary option name"),
    ("dictionaries", "{template: simple, parser: default}", "parser"),
])
def test_bad_text_search_is_reported_at_file_line(tmp_path: Path, kind: str, body: str, message: str) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text(f"version: 1\nschemas:\n  public:\n    text_search_{kind}:\n      x: {body}\n")
    with pytest.raises(SpecError, match=message) as raised:
        load_spec(spec)
    assert "schema.yaml:5" in str(raised.value)
