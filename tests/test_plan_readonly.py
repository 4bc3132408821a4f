"""`plan` (and diff, export, lint, reconcile --dry-run) leave the target's server exactly as
they found it, whatever the spec says: hostile specs planned against a server of their own,
whose roles, databases, settings and files are compared before and after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from pgdecl.cli import main as cli
from pgdecl.dsn import with_database

from conftest import create_database, drop_database


@pytest.fixture(scope="module")
def own_server() -> str:
    """A server of this module's own: no other test creates roles on it meanwhile, and
    it starts without Supabase's roles."""
    from pgdecl.embedded import start_embedded

    return start_embedded(temporary=True)


@pytest.fixture
def target(own_server: str):
    name = create_database(own_server)
    yield with_database(own_server, name)
    drop_database(own_server, name)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PGDECL_CACHE_DIR", str(tmp_path / "cache"))


def server_state(dsn: str) -> dict[str, object]:
    """What a plan must not change: roles and memberships, databases, per-role and
    per-database settings, ALTER SYSTEM settings, the data directory's top level."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        data_directory = Path(conn.execute("SHOW data_directory").fetchone()[0])
        return {
            "roles": conn.execute(
                "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolcanlogin, rolconfig "
                "FROM pg_roles ORDER BY 1").fetchall(),
            "members": conn.execute("SELECT roleid::regrole::text, member::regrole::text FROM pg_auth_members "
                                    "ORDER BY 1, 2").fetchall(),
            "databases": conn.execute("SELECT datname FROM pg_database ORDER BY 1").fetchall(),
            "role settings": conn.execute("SELECT setdatabase, setrole, setconfig FROM pg_db_role_setting "
                                          "ORDER BY 1, 2").fetchall(),
            "auto.conf": conn.execute("SELECT pg_read_file('postgresql.auto.conf')").fetchone()[0],
            "files": sorted(p.name for p in data_directory.iterdir()),
        }


def spy(marker: Path) -> str:
    """A plpgsql body that, if it ever runs, leaves marks no rollback removes: a file (COPY
    TO runs as the server) and a role."""
    return (f"BEGIN EXECUTE 'CREATE ROLE pwned_{marker.name} SUPERUSER'; "
            f"COPY (SELECT 1) TO '{marker}'; RETURN true; END")


def spy_function(marker: Path, name: str = "spy", returns: str = "boolean", args: str = "") -> str:
    return textwrap.indent(textwrap.dedent(f"""\
        {name}({args}):
          returns: {returns}
          language: plpgsql
          volatility: immutable
          body: "{spy(marker).replace('RETURN true', 'RETURN true' if returns == 'boolean' else 'RETURN 1')}"
        """), " " * 6)


# name → (spec text with {functions} for the spy, exit code of plan, words in its error)
def hostile_specs(marker: Path) -> dict[str, tuple[str, int, str]]:
    functions = "    functions:\n" + spy_function(marker) + spy_function(marker, "spy_int", "int") + \
        spy_function(marker, "spy_check", "boolean", "v int")
    head = "version: 1\nschemas:\n  public:\n" + functions
    injection = "0); CREATE ROLE x SUPERUSER; COPY (SELECT 1) TO PROGRAM 'touch {m}'; CREATE TABLE z (b int DEFAULT 0"
    injection = injection.format(m=marker)
    return {
        "supabase preset": ("version: 1\npreset: supabase\nschemas:\n  public:\n    tables:\n      t:\n"
                            "        columns: {id: int, owner: uuid}\n        row_level_security: true\n"
                            "        policies: {own: {to: [authenticated], using: auth.uid() = owner}}\n"
                            "        grants: {anon: [select], service_role: [all]}\n", 2, ""),
        "default closes its statement": (head + f"    tables:\n      t:\n        columns:\n          b: {{type: int, "
                                         f"default: \"{injection}\"}}\n", 1, "not one SQL expression"),
        "check closes its statement": (head + "    tables:\n      t:\n        columns:\n          b: {type: int, "
                                       "check: \"b > 0); CREATE ROLE x SUPERUSER; CREATE TABLE z (c int CHECK (true\"}\n",
                                       1, "not one SQL expression"),
        "generated closes its statement": (head + "    tables:\n      t:\n        columns:\n          a: int\n"
                                           "          b: {type: int, generated: \"a) STORED); CREATE ROLE x; "
                                           "CREATE TABLE z (c int GENERATED ALWAYS AS (1\"}\n", 1,
                                           "not one SQL expression"),
        "type closes its statement": (head + "    tables:\n      t:\n        columns:\n          b: {type: \"int); "
                                      "CREATE ROLE x SUPERUSER; CREATE TABLE z (a int\"}\n", 1, "not one type name"),
        "column shorthand closes its statement": (head + "    tables:\n      t:\n        columns:\n          b: \"int); "
                                                  "CREATE ROLE x; CREATE TABLE z (a int\"\n", 1,
                                                  "not one column definition"),
        "policy using closes its statement": (head + "    tables:\n      t:\n        columns: {a: int}\n"
                                              "        policies: {p: {using: \"true); CREATE ROLE x; "
                                              "CREATE POLICY q ON t USING (true\"}}\n", 1, "not one SQL expression"),
        "index predicate closes its statement": (head + "    tables:\n      t:\n        columns: {a: int}\n"
                                                 "        indexes: {i: {columns: [a], where: \"a > 0; CREATE ROLE x\"}}\n",
                                                 1, "not one SQL expression"),
        "trigger when closes its statement": (head + "    tables:\n      t:\n        columns: {a: int}\n"
                                              "        triggers: {tr: {timing: before, events: [update], "
                                              "for_each: row, function: \"spy_trigger()\", when: \"true) EXECUTE "
                                              "FUNCTION f(); CREATE ROLE x; --\"}}\n", 1, "not one SQL expression"),
        "view query is two statements": (head + "    views:\n      v: {query: \"SELECT 1 AS a; CREATE ROLE x "
                                         "SUPERUSER\"}\n", 1, "it ends early"),
        "view query selects into a table": (head + "    views:\n      v: {query: \"SELECT 1 AS a INTO z\"}\n", 1,
                                            "not one query"),
        "function result type closes its statement": (
            "version: 1\nschemas:\n  public:\n    functions:\n      f():\n        returns: \"int LANGUAGE sql AS "
            "'SELECT 1'; CREATE ROLE x; CREATE FUNCTION g() RETURNS int\"\n        language: sql\n"
            "        body: SELECT 1\n", 1, "not one result type"),
        "atomic body goes on": ("version: 1\nschemas:\n  public:\n    functions:\n      f():\n        returns: int\n"
                                "        language: sql\n        body: \"RETURN 1; CREATE ROLE x SUPERUSER\"\n", 1,
                                "it ends early"),
        "C function": ("version: 1\nschemas:\n  public:\n    functions:\n      f():\n        returns: int\n"
                       "        language: c\n        body: /tmp/evil.so\n", 1, "language c is not managed"),
        "partition bound calls a function": (
            head + "    tables:\n      p:\n        columns: {k: int}\n        partition_by: range (k)\n"
            "      p1:\n        partition_of: {table: p, bounds: \"for values from (public.spy_int()) to (10)\"}\n",
            1, "partition bound must be constants"),
        "partition bound cast to a domain": (
            head + "    types:\n      d: {domain: int, check: \"public.spy_check(VALUE)\"}\n"
            "    tables:\n      p:\n        columns: {k: int}\n        partition_by: range (k)\n"
            "      p1:\n        partition_of: {table: p, bounds: \"for values from ('1'::public.d) to (10)\"}\n",
            1, "partition bound must be constants"),
        # accepted, and planned without running the spy
        "partition key of a domain with a check": (
            head + "    types:\n      d: {domain: int, check: \"public.spy_check(VALUE)\"}\n"
            "    tables:\n      p:\n        columns: {k: {type: public.d}}\n        partition_by: range (k)\n"
            "      p1:\n        partition_of: {table: p, bounds: for values from (1) to (10)}\n", 2, ""),
        "aggregate state of a domain with a check": (
            head + "      step(public.d, int):\n        returns: public.d\n        language: sql\n"
            "        body: SELECT $1\n"
            "    types:\n      d: {domain: int, check: \"public.spy_check(VALUE)\"}\n"
            "    aggregates:\n      total(int): {sfunc: public.step, stype: public.d, initcond: '0'}\n", 2, ""),
        # the spy takes a row of a table created after functions: its stand-in is deferred until
        # the table exists, and the index whose predicate PostgreSQL folds (calling the spy) waits
        # for it; the spy's own definition must still come last
        "function over a table type, built late": (
            head + "      spy_row(r public.items):\n        returns: boolean\n        language: plpgsql\n"
            "        volatility: immutable\n"
            f"        body: \"{spy(marker).replace('RETURN true', 'RAISE NOTICE $$row spy$$; RETURN true')}\"\n"
            "    tables:\n      items:\n        columns: {a: int}\n"
            "      u:\n        columns: {b: int}\n"
            "        indexes: {i: {columns: [b], where: \"public.spy_row(NULL::public.items)\"}}\n", 2,
            "row spy"),       # and the plan creates the spy with its own body, not the stand-in
        "materialized view with data": (head + "    views:\n      m: {materialized: true, with_data: true, "
                                        "query: \"SELECT public.spy() AS x\"}\n", 2, ""),
        "defaults, checks, indexes and policies call the spy": (
            head + "    tables:\n      t:\n        columns:\n          a: {type: boolean, default: public.spy(), "
            "check: public.spy_check(1)}\n          b: {type: int, generated: \"public.spy_int()\"}\n"
            "        indexes: {i: {columns: [{expression: \"public.spy_check(b)\"}], where: \"public.spy()\"}}\n"
            "        row_level_security: true\n        policies: {p: {using: public.spy()}}\n", 2, ""),
    }


def plan(spec_file: Path, target: str, *extra: str):
    return CliRunner().invoke(cli, ["plan", str(spec_file), "--database-url", target, *extra])


@pytest.mark.parametrize("case", list(hostile_specs(Path("/x"))))
def test_hostile_spec_leaves_the_server_as_it_was(case, own_server, target, tmp_path):
    marker = Path("/tmp") / f"pgdecl_hostile_{uuid.uuid4().hex[:10]}"
    text, code, words = hostile_specs(marker)[case]
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(text)
    before = server_state(own_server)
    result = plan(spec_file, target)
    after = server_state(own_server)
    assert result.exit_code == code, result.output
    assert words in result.output
    if code == 1:
        assert f"{spec_file}:" in result.output        # names the file and line
    assert not marker.exists(), "spec code ran during plan"
    assert after == before


def test_every_read_only_command_leaves_the_server_as_it_was(own_server, target, tmp_path):
    marker = Path("/tmp") / f"pgdecl_hostile_{uuid.uuid4().hex[:10]}"
    specs = hostile_specs(marker)
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(specs["supabase preset"][0])
    domain_spec = tmp_path / "domain.yaml"
    domain_spec.write_text(specs["partition key of a domain with a check"][0])
    targets = tmp_path / "targets.yaml"
    targets.write_text(f"targets:\n  - name: t\n    database_url_env: HOSTILE_TARGET\n    spec: {spec_file}\n")
    before = server_state(own_server)
    runner = CliRunner(env={"HOSTILE_TARGET": target})
    runs = {
        "diff": runner.invoke(cli, ["diff", "--from", target, "--to", str(spec_file)]),
        "diff domain": runner.invoke(cli, ["diff", "--from", target, "--to", str(domain_spec)]),
        "export": runner.invoke(cli, ["export", "--database-url", target]),
        "lint live": runner.invoke(cli, ["lint", "--database-url", target]),
        "lint spec": runner.invoke(cli, ["lint", str(domain_spec), "--shadow-url", own_server]),
        "reconcile dry run": runner.invoke(cli, ["reconcile", "--targets", str(targets), "--once", "--dry-run"]),
    }
    assert server_state(own_server) == before
    assert not marker.exists()
    assert runs["diff"].exit_code == 2 and runs["diff domain"].exit_code == 2, runs
    assert runs["export"].exit_code == 0 and runs["reconcile dry run"].exit_code == 2, runs
    assert runs["lint spec"].exit_code in (0, 2) and runs["lint live"].exit_code in (0, 2), runs


def test_the_supabase_preset_leaves_no_role_even_when_the_plan_is_applied_later(own_server, target, tmp_path):
    """The preset's stand-ins exist only inside the rolled-back canonicalization: on a server
    without Supabase's roles, plan leaves none, and says what applying would need."""
    spec_file = tmp_path / "schema.yaml"
    spec_file.write_text(hostile_specs(Path("/x"))["supabase preset"][0])
    result = plan(spec_file, target)
    assert result.exit_code == 2, result.output
    with psycopg.connect(own_server) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname IN "
                            "('anon', 'authenticated', 'service_role')").fetchone()[0] == 0


# --- scratch databases: dropped on signals, leftovers removed ------------------------------

def scratch_databases(server: str) -> list[str]:
    with psycopg.connect(server, autocommit=True) as conn:
        return [row[0] for row in conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'pgdecl\\_shadow\\_%' ORDER BY 1").fetchall()]


def big_spec(path: Path, tables: int = 3000) -> Path:
    lines = ["version: 1", "schemas:", "  public:", "    tables:"]
    lines += [f"      t{i}: {{columns: {{a: int, b: int}}}}" for i in range(tables)]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_canonicalization_stops_the_plan_and_drops_the_scratch_database(
        signum, own_server, target, tmp_path):
    spec_file = big_spec(tmp_path / "schema.yaml")
    assert scratch_databases(own_server) == []
    env = {**os.environ, "PGDECL_CACHE": "0"}
    process = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "plan", str(spec_file), "--database-url", target],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while not scratch_databases(own_server):
            assert process.poll() is None and time.monotonic() < deadline, "no scratch database appeared"
            time.sleep(0.05)
        time.sleep(0.5)          # the spec's DDL is running now
        assert process.poll() is None, "the plan finished before the signal: make the spec bigger"
        process.send_signal(signum)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 128 + signum, (out, err)
    assert out == ""                     # no plan printed
    assert "interrupted" in err and signal.Signals(signum).name in err
    assert scratch_databases(own_server) == []


def test_leftovers_of_killed_runs_are_dropped_by_the_next_run(own_server, target, tmp_path):
    old = f"pgdecl_shadow_{int(time.time()) - 7200}_deadbeef"
    recent = f"pgdecl_shadow_{int(time.time()) - 60}_cafebabe"
    busy = f"pgdecl_shadow_{int(time.time()) - 7200}_0badf00d"
    legacy = "pgdecl_shadow_0123456789ab"       # named before the time was in the name
    with psycopg.connect(own_server, autocommit=True) as conn:
        for name in (old, recent, busy, legacy):
            conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with psycopg.connect(with_database(own_server, busy)):     # someone is connected to it
            spec_file = tmp_path / "schema.yaml"
            spec_file.write_text("version: 1\nschemas:\n  public:\n    tables:\n      t: {columns: {a: int}}\n")
            assert plan(spec_file, target).exit_code == 2
            assert scratch_databases(own_server) == sorted([busy, recent])
    finally:
        with psycopg.connect(own_server, autocommit=True) as conn:
            for name in (old, recent, busy, legacy):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
