"""Loading spec files: positions, validation messages, multi-file merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgdecl.catalog.model import ObjectKey, SourceMark
from pgdecl.spec import SpecError, load_spec


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(text: str, name: str = "schema.yaml") -> str:
    write(name, text)
    with pytest.raises(SpecError) as caught:
        load_spec(name)
    return str(caught.value)


DEALS = """\
version: 1
preset: supabase
extensions: [pg_trgm]
schemas:
  public:
    functions:
      set_updated_at ( ):
        returns: trigger
        language: plpgsql
        body: BEGIN RETURN NEW; END
        grants: {authenticated: [execute]}
    tables:
      deals:
        columns:
          id: {type: uuid, primary_key: true}
          stage: text not null default 'lead'
        indexes:
          idx_stage: {columns: [stage]}
        policies:
          own: {using: 'true'}
        triggers:
          touch: {timing: before, events: update, function: set_updated_at()}
        grants: {anon: [select]}
    views:
      v: {query: SELECT 1}
"""


def test_origins_name_every_object_with_its_line_and_column() -> None:
    spec = load_spec(write("schema.yaml", DEALS))
    at = lambda line, column: SourceMark("schema.yaml", line, column)  # noqa: E731
    assert spec.origins[ObjectKey("extension", "", "pg_trgm")] == at(3, 14)
    assert spec.origins[ObjectKey("schema", "public", "public")] == at(5, 3)
    assert spec.origins[ObjectKey("function", "public", "set_updated_at()")] == at(7, 7)
    assert spec.origins[ObjectKey("table", "public", "deals")] == at(13, 7)
    assert spec.origins[ObjectKey("column", "public", "stage", "deals")] == at(16, 11)
    assert spec.origins[ObjectKey("index", "public", "idx_stage")] == at(18, 11)
    assert spec.origins[ObjectKey("policy", "public", "own", "deals")] == at(20, 11)
    assert spec.origins[ObjectKey("trigger", "public", "touch", "deals")] == at(22, 11)
    assert spec.origins[ObjectKey("view", "public", "v")] == at(25, 7)


def test_spec_attributes() -> None:
    spec = load_spec(write("schema.yaml", DEALS))
    assert spec.preset == "supabase"
    assert spec.managed_schemas == ("public",)
    assert spec.files == (Path("schema.yaml"),)
    assert list(spec.extensions) == ["pg_trgm"]
    assert spec.grant_targets == {
        ObjectKey("function", "public", "set_updated_at()"),
        ObjectKey("table", "public", "deals"),
    }
    deals = spec.schemas["public"].tables["deals"]
    assert deals.columns["stage"].definition == "text not null default 'lead'"
    assert deals.triggers["touch"].events == ("update",)
    assert deals.triggers["touch"].for_each == "row"


def test_preset_none_is_none() -> None:
    assert load_spec(write("s.yaml", "preset: none\nschemas: {app: }\n")).preset is None


def test_extension_mapping_form() -> None:
    spec = load_spec(write("s.yaml", "extensions:\n  pg_trgm: {schema: extensions, version: 1.6}\n  citext:\n"))
    trgm = spec.extensions["pg_trgm"]
    assert (trgm.schema, trgm.version, trgm.origin) == ("extensions", "1.6", SourceMark("s.yaml", 2, 3))
    assert spec.extensions["citext"].schema is None


def test_unknown_key_suggests_the_nearest() -> None:
    text = "schemas:\n  public:\n    tables:\n      deals:\n        columns:\n          tags: {tpye: 'text[]'}\n"
    assert error_of(text) == ("schema.yaml:6:18: schemas.public.tables.deals.columns.tags: "
                              "unknown key 'tpye' (did you mean 'type'?)")


def test_unknown_key_without_a_near_one_lists_the_allowed_keys() -> None:
    message = error_of("schemas:\n  public:\n    views:\n      v: {query: SELECT 1, zzzz: 1}\n")
    assert message.startswith("schema.yaml:4:28: schemas.public.views.v: unknown key 'zzzz' (allowed keys: query, ")


def test_wrong_type_names_the_expected_type() -> None:
    text = "schemas:\n  public:\n    tables:\n      t:\n        columns:\n          a: {type: int, not_null: yes please}\n"
    assert error_of(text) == ("schema.yaml:6:36: schemas.public.tables.t.columns.a.not_null: "
                              "expected a boolean, got 'yes please'")


def test_integer_expected() -> None:
    assert error_of("schemas:\n  s:\n    sequences:\n      n: {start: one}\n") == \
        "schema.yaml:4:18: schemas.s.sequences.n.start: expected an integer, got 'one'"


def test_bad_enum_lists_the_choices() -> None:
    text = ("schemas:\n  public:\n    tables:\n      deals:\n        policies:\n"
            "          users_own_deals: {for: selct}\n")
    assert error_of(text) == (
        "schema.yaml:6:34: schemas.public.tables.deals.policies.users_own_deals.for: "
        "unknown command 'selct' (expected one of: all, select, insert, update, delete)")


def test_missing_required_key() -> None:
    text = "schemas:\n  public:\n    functions:\n      f():\n        language: sql\n        body: SELECT 1\n"
    assert error_of(text) == "schema.yaml:5:9: schemas.public.functions.f(): missing required key 'returns'"


def test_cross_field_rule() -> None:
    text = "schemas:\n  p:\n    tables:\n      t:\n        constraints:\n          c: {unique: [a], not_valid: true}\n"
    assert error_of(text) == ("schema.yaml:6:39: schemas.p.tables.t.constraints.c.not_valid: "
                              "not_valid applies to check and foreign key constraints only")


def test_bad_reference_text() -> None:
    text = "schemas:\n  p:\n    tables:\n      t:\n        columns:\n          a: {type: int, references: a.b.c.d}\n"
    assert error_of(text) == ("schema.yaml:6:38: schemas.p.tables.t.columns.a.references: "
                              "expected [schema.]table[(column, ...)], got 'a.b.c.d'")


def test_invalid_yaml_reports_pyyaml_position() -> None:
    assert error_of("schemas:\n  public: {tables: [\n") == (
        "schema.yaml:3:1: invalid YAML: expected the node content, but found '<stream end>' "
        "(while parsing a flow node)")


def test_duplicate_key_in_one_mapping() -> None:
    assert error_of("schemas:\n  public: {}\n  public: {}\n") == \
        "schema.yaml:3:3: schemas: duplicate key 'public' (first at line 2)"


def test_empty_file() -> None:
    assert error_of("# only a comment\n") == "schema.yaml:1:1: the file is empty"


def test_top_level_must_be_a_mapping() -> None:
    assert error_of("- public\n") == "schema.yaml:1:1: expected a mapping at the top level, got a list"


def test_relation_names_are_shared_within_a_schema() -> None:
    assert error_of("schemas:\n  p:\n    tables:\n      t: {}\n    views:\n      t: {query: SELECT 1}\n") == \
        "schema.yaml:6:7: schemas.p.views.t: view 't' has the same name as the table at schema.yaml:4:7"


def test_function_keys_are_normalized_and_must_be_unique() -> None:
    text = ("schemas:\n  p:\n    functions:\n"
            "      add(a int,b int): {returns: int, language: sql, body: SELECT a + b}\n"
            "      add( a int, b  int ): {returns: int, language: sql, body: SELECT a + b}\n")
    assert error_of(text) == ("schema.yaml:5:7: schemas.p.functions: "
                              "'add(a int, b int)' defined twice (first at schema.yaml:4:7)")


def test_files_and_directories_merge() -> None:
    write("schema.yaml", "version: 1\nextensions: [pg_trgm]\nschemas:\n  public:\n    tables:\n      a: {}\n")
    write("more/b.yaml", "version: 1\nextensions: [citext]\nschemas:\n  public:\n    tables:\n      b: {}\n")
    write("more/sub/c.yml", "schemas:\n  public:\n    views:\n      v: {query: SELECT 1}\n  other:\n")
    write("more/ignored.txt", "not yaml: [")
    spec = load_spec(["schema.yaml", "more"])
    assert spec.files == (Path("schema.yaml"), Path("more/b.yaml"), Path("more/sub/c.yml"))
    assert list(spec.schemas["public"].tables) == ["a", "b"]
    assert list(spec.extensions) == ["pg_trgm", "citext"]
    assert spec.managed_schemas == ("other", "public")
    assert spec.origins[ObjectKey("table", "public", "b")] == SourceMark("more/b.yaml", 6, 7)


def test_object_defined_in_two_files_names_both_places() -> None:
    write("a.yaml", "schemas:\n  public:\n    tables:\n      deals: {}\n")
    write("b.yaml", "schemas:\n  public:\n    tables:\n\n      deals: {comment: again}\n")
    with pytest.raises(SpecError) as caught:
        load_spec(["a.yaml", "b.yaml"])
    assert str(caught.value) == "b.yaml:5:7: schemas.public.tables.deals: defined twice (first at a.yaml:4:7)"
    assert (caught.value.file, caught.value.line, caught.value.column) == ("b.yaml", 5, 7)
    assert caught.value.path == "schemas.public.tables.deals"


def test_conflicting_top_level_values() -> None:
    write("a.yaml", "preset: supabase\n")
    write("b.yaml", "preset: none\n")
    with pytest.raises(SpecError, match=r"^b.yaml:1:1: preset: defined twice \(first at a.yaml:1:1\)$"):
        load_spec(["a.yaml", "b.yaml"])


def test_missing_path() -> None:
    with pytest.raises(SpecError, match="^nope.yaml: no such file or directory$"):
        load_spec("nope.yaml")
