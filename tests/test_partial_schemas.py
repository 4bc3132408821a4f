"""Schemas marked managed: false (a Supabase project's objects in auth and storage): spec
errors at file:line, and the export round trip that writes only the project's objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_sql
from harness import check_export_round_trip, load_preset
from pgdecl.engine import make_plan
from pgdecl.export import export_database
from pgdecl.spec import SpecError, load_spec

HEAD = "version: 1\npreset: supabase\nschemas:\n"


@pytest.mark.parametrize(("body", "line", "message"), [
    ("  storage:\n    managed: false\n    tables:\n      objects:\n        columns: {id: uuid}\n", 7,
     "table objects is in a managed: false schema: it lists only policies and triggers (its columns belong"),
    ("  storage:\n    managed: false\n    tables:\n      objects:\n        row_level_security: true\n", 7,
     "(its row level security belong"),
    ("  storage:\n    managed: false\n    grants: {anon: [usage]}\n", 4, "not grants"),
    ("  storage:\n    managed: false\n    views: {v: {query: select 1}}\n", 4, "not views"),
    ("  public:\n    tables:\n      t:\n        columns: {id: int}\n        policies:\n          p: {absent: true}\n",
     9, "absent: true is for objects of a managed: false schema"),
    ("  storage:\n    managed: false\n    tables:\n      objects:\n        policies:\n          p: {absent: true, for: select}\n",
     9, "it takes no other key"),
    ("  storage:\n    managed: false\n    tables:\n      objects:\n        triggers:\n          t: {absent: false}\n",
     9, "absent: false is not a thing"),
])
def test_bad_partial_schema(tmp_path: Path, body: str, line: int, message: str) -> None:
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + body)
    with pytest.raises(SpecError) as raised:
        load_spec(spec_file)
    assert message in str(raised.value)
    assert f"schema.yaml:{line}:" in str(raised.value)


PROJECT = """
CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users, name text);
CREATE FUNCTION public.handle_new_user() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
  AS $$ BEGIN INSERT INTO public.profiles (id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();
CREATE POLICY "avatars are public" ON storage.objects FOR SELECT USING (bucket_id = 'avatars');
CREATE POLICY "own avatar" ON storage.objects FOR INSERT TO authenticated
  WITH CHECK (bucket_id = 'avatars' AND (storage.foldername(name))[1] = auth.uid()::text);
CREATE FUNCTION auth.is_admin() RETURNS boolean LANGUAGE sql STABLE AS 'SELECT false';
CREATE TRIGGER admin_check BEFORE UPDATE ON auth.users FOR EACH ROW EXECUTE FUNCTION auth.touch();
CREATE PUBLICATION supabase_realtime FOR TABLE public.profiles;
"""

# what the platform has in auth and storage besides the preset's: a helper owned by a platform
# role, and a trigger calling it; neither is exported
PLATFORM = """
DO $$BEGIN CREATE ROLE supabase_storage_admin NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$;
CREATE FUNCTION storage.bump() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN NEW.updated_at = now(); RETURN NEW; END';
ALTER FUNCTION storage.bump() OWNER TO supabase_storage_admin;
CREATE TRIGGER bump BEFORE UPDATE ON storage.objects FOR EACH ROW EXECUTE FUNCTION storage.bump();
CREATE FUNCTION auth.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
"""


def test_export_writes_only_the_projects_objects(make_db, tmp_path: Path) -> None:
    source, rebuilt = make_db(), make_db()
    for dsn in (source, rebuilt):
        load_preset(dsn)
        run_sql(dsn, PLATFORM)
    run_sql(source, PROJECT)
    exported = export_database(source)
    schemas = exported.document["schemas"]
    assert schemas["storage"] == {"managed": False, "tables": {"objects": {"policies": {
        "avatars are public": {"for": "select", "using": "(bucket_id = 'avatars'::text)"},
        "own avatar": {"for": "insert", "to": ["authenticated"],
                       "with_check": "((bucket_id = 'avatars'::text) AND ((storage.foldername(name))[1] = "
                                     "(auth.uid())::text))"}}}}}
    auth = schemas["auth"]
    assert auth["managed"] is False and list(auth["functions"]) == ["is_admin()", "touch()"]
    assert auth["tables"]["users"]["triggers"]["on_auth_user_created"]["function"] == "public.handle_new_user()"
    assert list(auth["tables"]["users"]["triggers"]) == ["admin_check", "on_auth_user_created"]
    assert exported.document["publications"] == {"supabase_realtime": {"tables": {"public.profiles": None}}}
    assert exported.schemas == ("public",)
    check_export_round_trip(exported, source, rebuilt, tmp_path / "schema.yaml", ())


def test_a_removed_policy_stays_unless_absent(make_db, tmp_path: Path) -> None:
    """pgdecl cannot know that a policy it no longer sees in the spec was the spec's: it stays."""
    dsn = make_db()
    load_preset(dsn)
    run_sql(dsn, "CREATE POLICY kept ON storage.objects FOR SELECT USING (true)")
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(HEAD + "  storage:\n    managed: false\n")
    result = make_plan(load_spec(spec_file), dsn)
    assert result.plan.empty and result.plan.unmanaged == ()
    spec_file.write_text(HEAD + "  storage:\n    managed: false\n    tables:\n      objects:\n        policies:\n"
                                "          kept: {absent: true}\n")
    assert make_plan(load_spec(spec_file), dsn).plan.sql().strip().endswith(
        'DROP POLICY IF EXISTS "kept" ON "storage"."objects";')
