"""Default privileges: what objects created after apply receive, export round-trip, bad input."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import apply_and_replan, load_preset, plan_for
from pgdecl.engine import make_plan
from pgdecl.export import export_database
from pgdecl.plan import HazardKind
from pgdecl.spec import SpecError, load_spec

ROLES = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdecl_dp_owner') THEN
    CREATE ROLE pgdecl_dp_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgdecl_dp_other') THEN
    CREATE ROLE pgdecl_dp_other NOLOGIN;
  END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
END $$;
"""

SPEC = """\
version: 1
preset: supabase
default_privileges:
  pgdecl_dp_owner:
    functions: {public: []}          # REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC
schemas:
  app:
    default_privileges:
      pgdecl_dp_owner:
        tables: {anon: [select], authenticated: [select, insert]}
        sequences: {authenticated: [usage]}
        functions: {service_role: [execute]}
"""

DEFAULT_ACL = """
SELECT pg_get_userbyid(d.defaclrole)::text, coalesce(n.nspname, '') AS schema, d.defaclobjtype::text,
       array(SELECT x::text FROM unnest(d.defaclacl) x ORDER BY 1)
FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
ORDER BY 1, 2, 3
"""


def _default_acl(dsn: str) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(DEFAULT_ACL).fetchall()


def _acl(dsn: str, query: str) -> set[tuple[str, str]]:
    with psycopg.connect(dsn) as conn:
        return set(conn.execute(query).fetchall())


def test_objects_created_after_apply_get_the_default_privileges(db: str, tmp_path: Path) -> None:
    load_preset(db)
    run_sql(db, ROLES + """
        CREATE SCHEMA app AUTHORIZATION pgdecl_dp_owner;
        -- an entry of a schema whose default_privileges the spec does not declare: left alone
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA public GRANT SELECT ON TABLES TO pgdecl_dp_other;
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC.replace("schemas:\n", "schemas:\n  public:\n"))
    result = plan_for(spec, db)
    hazards = [h for step in result.plan.steps for h in step.hazards]
    assert [h.kind for h in hazards] == [HazardKind.SECURITY], hazards      # SELECT by default to anon
    assert "anon" in hazards[0].message
    apply_and_replan(result, db)

    run_sql(db, """
        SET ROLE pgdecl_dp_owner;
        CREATE TABLE app.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
        CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
        RESET ROLE;
    """)
    table = _acl(db, """SELECT coalesce(r.rolname, 'PUBLIC'), x.privilege_type
                        FROM pg_class c, aclexplode(c.relacl) x LEFT JOIN pg_roles r ON r.oid = x.grantee
                        WHERE c.oid = 'app.notes'::regclass AND x.grantee <> c.relowner""")
    assert table == {("anon", "SELECT"), ("authenticated", "SELECT"), ("authenticated", "INSERT")}
    sequence = _acl(db, """SELECT coalesce(r.rolname, 'PUBLIC'), x.privilege_type
                           FROM pg_class c, aclexplode(c.relacl) x LEFT JOIN pg_roles r ON r.oid = x.grantee
                           WHERE c.oid = 'app.notes_id_seq'::regclass AND x.grantee <> c.relowner""")
    assert sequence == {("authenticated", "USAGE")}
    function = _acl(db, """SELECT coalesce(r.rolname, 'PUBLIC'), x.privilege_type
                           FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
                           LEFT JOIN pg_roles r ON r.oid = x.grantee
                           WHERE p.oid = 'app.answer()'::regprocedure AND x.grantee <> p.proowner""")
    assert function == {("service_role", "EXECUTE")}                      # no EXECUTE for PUBLIC
    assert ("pgdecl_dp_owner", "public", "r", ["pgdecl_dp_other=r/pgdecl_dp_owner"]) in _default_acl(db)


def test_removing_the_key_leaves_entries_alone_and_an_empty_role_resets_them(db: str, tmp_path: Path) -> None:
    load_preset(db)
    run_sql(db, ROLES + """
        CREATE SCHEMA app;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA app GRANT SELECT ON TABLES TO anon;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
    """)
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\nschemas:\n  app:\n")
    assert plan_for(spec, db).plan.empty                    # default_privileges not declared: not managed
    spec.write_text("version: 1\ndefault_privileges:\n  pgdecl_dp_owner:\n"
                    "schemas:\n  app:\n    default_privileges:\n      pgdecl_dp_owner:\n")
    result = plan_for(spec, db)
    assert sorted(s.op.describe() for s in result.plan.steps) == [
        "alter default privileges of pgdecl_dp_owner on functions: grant EXECUTE to PUBLIC",
        "alter default privileges of pgdecl_dp_owner on tables in schema app: revoke SELECT from anon",
    ]
    assert [h.kind for s in result.plan.steps for h in s.hazards] == [HazardKind.SECURITY]   # PUBLIC EXECUTE
    step = next(s for s in result.plan.steps if s.key.schema == "app")
    assert step.to_json()["object"] == {"kind": "default_privileges", "schema": "app", "name": "tables",
                                        "table": None, "role": "pgdecl_dp_owner"}
    apply_and_replan(result, db)
    assert [row for row in _default_acl(db) if row[0] == "pgdecl_dp_owner"] == []


def test_export_round_trip(make_db, tmp_path: Path) -> None:
    """export → plan against the same database is empty; a database built from the export
    has the same pg_default_acl."""
    source = make_db()
    load_preset(source)
    run_sql(source, ROLES + """
        CREATE SCHEMA app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner REVOKE ALL ON TABLES FROM pgdecl_dp_owner;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner GRANT USAGE ON SCHEMAS TO pgdecl_dp_other;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA app GRANT SELECT, USAGE ON SEQUENCES TO pgdecl_dp_other;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA app GRANT ALL ON FUNCTIONS TO pgdecl_dp_other;
        ALTER DEFAULT PRIVILEGES FOR ROLE pgdecl_dp_owner IN SCHEMA app GRANT USAGE ON TYPES TO authenticated;
    """)
    exported = export_database(source, ("app", "public"))
    document = exported.document
    assert document["default_privileges"]["pgdecl_dp_owner"] == {
        "tables": {"pgdecl_dp_owner": []}, "functions": {"public": []}, "schemas": {"pgdecl_dp_other": ["usage"]}}
    assert document["schemas"]["app"]["default_privileges"] == {"pgdecl_dp_owner": {
        "sequences": {"pgdecl_dp_other": ["select", "usage"]}, "functions": {"pgdecl_dp_other": ["execute"]},
        "types": {"authenticated": ["usage"]}}}
    spec_path = tmp_path / "export.yaml"
    exported.write(spec_path)
    assert make_plan(load_spec(spec_path), source).plan.empty

    target = make_db()
    load_preset(target)
    result = make_plan(load_spec(spec_path), target)
    apply_and_replan(result, target)
    assert _default_acl(target) == _default_acl(source)


@pytest.mark.parametrize(("text", "message"), [
    ("default_privileges:\n  app_owner:\n    tabels: {anon: [select]}\n",
     "schema.yaml:3:5: default_privileges.app_owner: unknown key 'tabels' (did you mean 'tables'?)"),
    ("default_privileges:\n  app_owner:\n    tables: {anon: [execute]}\n",
     "schema.yaml:3:21: default_privileges.app_owner.tables.anon[0]: unknown privilege 'execute'"),
    ("default_privileges:\n  public:\n    tables: {anon: [select]}\n",
     "schema.yaml:2:3: default_privileges.public: default privileges belong to the role that creates the objects"),
    ("schemas:\n  app:\n    default_privileges:\n      app_owner:\n        schemas: {anon: [usage]}\n",
     "schema.yaml:5:9: schemas.app.default_privileges.app_owner: unknown key 'schemas'"),
    ("schemas:\n  app:\n    default_privileges:\n      app_owner:\n        functions: {public: []}\n",
     "schema.yaml:5:20: schemas.app.default_privileges.app_owner.functions: default privileges in a schema can "
     "only add to the global ones"),
    ("default_privileges:\n  app_owner: [tables]\n",
     "schema.yaml:2:14: default_privileges.app_owner: expected a mapping of object kinds"),
])
def test_bad_input_names_file_and_line(tmp_path: Path, monkeypatch, text: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("schema.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec("schema.yaml")
    assert str(caught.value).startswith(message), str(caught.value)


def test_unknown_creating_role_is_reported_at_its_line(db: str, tmp_path: Path) -> None:
    spec = tmp_path / "schema.yaml"
    spec.write_text("version: 1\ndefault_privileges:\n  pgdecl_no_such_role:\n    tables: {public: [select]}\n")
    from pgdecl.errors import PgdeclError

    with pytest.raises(PgdeclError) as caught:
        plan_for(spec, db)
    assert f"{spec}:3:3: default privileges of pgdecl_no_such_role on tables" in str(caught.value)
    assert "pgdecl_no_such_role" in str(caught.value) and "does not exist" in str(caught.value)
