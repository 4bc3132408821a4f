"""The edit loop (issue 16) on real schemas of the corpus; print a table.

    python benchmarks/corpus_edit.py                                   # mathesar, lago_api, danbooru
    python benchmarks/corpus_edit.py --entries danbooru --runs 3 --dsn postgresql://...

For each entry: the database is loaded from its SQL files (after the Supabase stub when
its SOURCE.md says so), exported with pgdecl, and the exported spec is edited the way
benchmarks/run.py edits the generated one: one table given one more column (a different
table each run), then 10 % of the tables; the first plan after each edit is timed (the
unedited spec planned just before, untimed, as the last plan before an edit was). Also
the warm plan of a copy of the database with 1 % of its tables drifted (one more
column), the plan with no cache against the DDL floor (``psql -1`` of the entry's SQL into
an empty database), and export. Every time is a whole process, median of --runs, on one
server in one run, next to ``pg_dump --schema-only`` of the same database.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from run import compile_pgdecl, median_of, pg_tool, print_header  # noqa: E402

from pgdecl.dsn import with_database  # noqa: E402
from pgdecl.export import export_database  # noqa: E402
from pgdecl.export.document import dump_yaml  # noqa: E402

CORPORA = (ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus")
DEFAULT = "mathesar,lago_api,danbooru"


def folder_of(entry: str) -> Path:
    for corpus in CORPORA:
        if (corpus / entry / "SOURCE.md").exists():
            return corpus / entry
    raise SystemExit(f"no corpus entry {entry!r} in {', '.join(map(str, CORPORA))}")


def sql_files(folder: Path) -> list[Path]:
    files = [folder / "schema.sql"] if (folder / "schema.sql").exists() else sorted(folder.glob("[0-9][0-9][0-9]_*.sql"))
    if "needs-supabase-stub" in (folder / "SOURCE.md").read_text().lower():
        files.insert(0, folder.parent / "_supabase_stub.sql")
    return files


def psql(dsn: str, files: list[Path], single: bool = False) -> None:
    for path in files:
        subprocess.run([pg_tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", *(["-1"] if single else []),
                        "-d", dsn, "-f", str(path)], check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"})


def fresh_database(server: str, name: str, template: str | None = None) -> str:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or "template0"}"')
    return with_database(server, name)


def tables_of(document: dict) -> list[tuple[str, str]]:
    return [(schema, table) for schema, body in (document.get("schemas") or {}).items()
            if body and body.get("managed", True) is not False
            for table, spec in (body.get("tables") or {}).items() if spec and "columns" in spec]


def write_spec(document: dict, folder: Path, edited: list[tuple[str, str]] = ()) -> None:
    """The exported spec, one file per schema as export writes it, with one more column on
    each table of ``edited``."""
    document = copy.deepcopy(document)
    for schema, table in edited:
        document["schemas"][schema]["tables"][table]["columns"]["pgdecl_bench_extra"] = "text"
    folder.mkdir(parents=True, exist_ok=True)
    head = {k: v for k, v in document.items() if k != "schemas"}
    for index, (schema, body) in enumerate(document.get("schemas", {}).items()):
        part = dict(head) if index == 0 else {"version": 1}
        part["schemas"] = {schema: body}
        (folder / f"{index:02d}_{schema}.yaml").write_text(dump_yaml(part), encoding="utf-8")


def edit_loop(spec: Path, document: dict, target: str, runs: int, share: float | None,
              env: dict) -> tuple[float, int]:
    tables = tables_of(document)
    rng = random.Random(16)
    plan = [sys.executable, "-m", "pgdecl.cli", "plan", str(spec), "--database-url", target]
    times, peak = [], 0
    for _ in range(runs):
        write_spec(document, spec)
        median_of(1, plan, (0, 2), env)                   # the last plan before the edit
        count = 1 if share is None else max(1, round(len(tables) * share))
        write_spec(document, spec, rng.sample(tables, count))
        seconds, rss = median_of(1, plan, (2,), env)
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak


def bench(entry: str, server: str, runs: int, work: Path) -> dict:
    folder = folder_of(entry)
    files = sql_files(folder)
    source = fresh_database(server, f"bench_corpus_{entry}")
    psql(source, files)
    document = export_database(source).document
    spec = work / entry / "spec"
    write_spec(document, spec)
    env = {**os.environ, "PGDECL_CACHE_DIR": str(work / entry / "cache")}
    tables = tables_of(document)
    row: dict = {"entry": entry, "tables": len(tables)}
    row["pg_dump"], _ = median_of(runs, [pg_tool("pg_dump"), "--schema-only", "-d", source], (0,))
    row["edit1"], row["mem_edit1"] = edit_loop(spec, document, source, runs, None, env)
    row["edit10"], row["mem_edit10"] = edit_loop(spec, document, source, runs, 0.10, env)
    # a copy of the database with 1 % of the tables drifted: the warm plan (cache filled first)
    drifted = fresh_database(server, f"bench_corpus_{entry}_drifted", f"bench_corpus_{entry}")
    with psycopg.connect(drifted, autocommit=True) as conn:
        for schema, table in random.Random(1).sample(tables, max(1, len(tables) // 100)):
            conn.execute(f'ALTER TABLE "{schema}"."{table}" ADD COLUMN pgdecl_drift text')
    write_spec(document, spec)
    plan = [sys.executable, "-m", "pgdecl.cli", "plan", str(spec), "--database-url", drifted]
    median_of(2, plan, (2,), env)                          # fills the cache (the second run keeps the desired state)
    row["warm_drifted"], row["mem_warm"] = median_of(runs, plan, (2,), env)
    row["nocache"], row["mem_nocache"] = median_of(
        runs, plan[:-1] + [source], (0, 2), {**env, "PGDECL_CACHE": "0"})
    floors = []
    for _ in range(runs):
        empty = fresh_database(server, f"bench_corpus_{entry}_floor")
        started = time.perf_counter()
        psql(empty, files, single=True)
        floors.append(time.perf_counter() - started)
    row["ddl_floor"] = statistics.median(floors)
    row["export"], row["mem_export"] = median_of(runs, [sys.executable, "-m", "pgdecl.cli", "export",
                                                        "--database-url", source], (0,), env)
    with psycopg.connect(server, autocommit=True) as conn:
        for name in ("", "_drifted", "_floor"):
            conn.execute(f'DROP DATABASE IF EXISTS "bench_corpus_{entry}{name}" WITH (FORCE)')
    return row


SCENARIOS = [("first plan after editing one table", "edit1", "pg_dump", 1.5, "mem_edit1"),
             ("first plan after editing 10 % of tables", "edit10", "pg_dump", 3.0, "mem_edit10"),
             ("warm plan of a 1 %-drifted database", "warm_drifted", "pg_dump", 1.5, "mem_warm"),
             ("plan with no cache", "nocache", "ddl_floor", 1.2, "mem_nocache"),
             ("export", "export", "pg_dump", 3.0, "mem_export")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dsn", default=None, help="maintenance DSN of the server (default: embedded PostgreSQL 18)")
    parser.add_argument("--work", type=Path, default=HERE / "results" / "corpus")
    args = parser.parse_args()
    compile_pgdecl()
    if args.dsn:
        server = args.dsn
    else:
        from pgdecl.embedded import start_embedded

        server = start_embedded()
    rows = []
    for entry in args.entries.split(","):
        print(f"# {entry} …", file=sys.stderr, flush=True)
        rows.append(bench(entry.strip(), server, args.runs, args.work))
        print(f"# {rows[-1]}", file=sys.stderr, flush=True)
    print_header(server, args.runs, "corpus_edit.py")
    print("| entry | tables | scenario | pgdecl s | reference | reference s | ratio | target | met | peak MB |")
    print("|---|---:|---|---:|---|---:|---:|---:|---|---:|")
    for row in rows:
        for scenario, column, reference, target, memory in SCENARIOS:
            value, base = row[column], row[reference]
            print(f"| {row['entry']} | {row['tables']} | {scenario} | {value:.2f} | {reference} | {base:.2f} | "
                  f"{value / base:.2f} | ≤ {target}× | {'yes' if value / base <= target else 'no'} | {row[memory]} |")


if __name__ == "__main__":
    main()
