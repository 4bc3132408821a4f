"""Benchmark: array containment on a deals table, sequential scan vs B-tree vs GIN.

Measures `tags @> ARRAY['urgent']` and `'urgent' = ANY(tags)` at several table
sizes, reporting the median EXPLAIN (ANALYZE) execution time and the plan's
top scan node. Runs in a scratch database that is dropped afterwards.

    python benchmarks/gin_arrays.py                 # 10k, 100k and 1M rows (about a minute, embedded PostgreSQL)
    python benchmarks/gin_arrays.py --quick         # 10k and 100k rows only
    python benchmarks/gin_arrays.py --server-url postgresql://...   # another server
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pgdecl.shadow import scratch_database  # noqa: E402

QUERIES = {
    "tags @> ARRAY['urgent']": "SELECT count(*) FROM deals WHERE tags @> ARRAY['urgent']",
    "'urgent' = ANY(tags)": "SELECT count(*) FROM deals WHERE 'urgent' = ANY(tags)",
}
INDEXES = {
    "none": None,
    "btree": "CREATE INDEX idx_deals_tags ON deals (tags)",
    "gin": "CREATE INDEX idx_deals_tags ON deals USING gin (tags)",
}

SETUP = """
CREATE TABLE deals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL,
  title text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}'
)
"""

# 1 to 4 tags from a vocabulary of 50; 'urgent' on about 1% of rows
FILL = """
INSERT INTO deals (user_id, title, tags)
SELECT gen_random_uuid(), 'deal ' || g,
       CASE WHEN random() < 0.01 THEN ARRAY['urgent'] ELSE '{}'::text[] END
       || ARRAY(SELECT 'tag' || floor(random() * 50)::int FROM generate_series(1, 1 + (g %% 4)) WHERE g > 0)
FROM generate_series(1, %(rows)s) AS g
"""


def _scan_node(plan: dict) -> str:
    """The first node that reads the table (Seq Scan, Bitmap Heap Scan, Index Scan ...)."""
    if "Relation Name" in plan:
        return ("Parallel " if plan.get("Parallel Aware") else "") + plan["Node Type"]
    for child in plan.get("Plans", []):
        found = _scan_node(child)
        if found:
            return found
    return ""


def measure(conn: psycopg.Connection, query: str, runs: int) -> tuple[float, str]:
    times, node = [], ""
    conn.execute(query)                                   # warm the cache
    for _ in range(runs):
        (doc,), = conn.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query}").fetchall()
        plan = doc[0] if isinstance(doc, list) else json.loads(doc)[0]
        times.append(plan["Execution Time"])
        node = _scan_node(plan["Plan"])
    return statistics.median(times), node


def run(server: str, sizes: list[int], runs: int) -> list[tuple[int, str, str, float, str]]:
    rows = []
    for size in sizes:
        with scratch_database(server) as dsn, psycopg.connect(dsn, autocommit=True) as conn:
            started = time.monotonic()
            conn.execute(SETUP)
            conn.execute("SELECT setseed(0.42)")
            conn.execute(FILL, {"rows": size})
            conn.execute("VACUUM ANALYZE deals")
            print(f"# {size:,} rows loaded in {time.monotonic() - started:.1f}s", file=sys.stderr)
            for index, ddl in INDEXES.items():
                conn.execute("DROP INDEX IF EXISTS idx_deals_tags")
                if ddl:
                    conn.execute(ddl)
                    conn.execute("ANALYZE deals")
                for label, query in QUERIES.items():
                    median, node = measure(conn, query, runs)
                    rows.append((size, label, index, median, node))
                    print(f"# {size:>9,}  {label:<26} {index:<6} {median:9.3f} ms  {node}", file=sys.stderr)
    return rows


def table(rows: list[tuple[int, str, str, float, str]]) -> str:
    lines = ["| rows | query | index | median ms | plan |", "|---:|---|---|---:|---|"]
    for size, label, index, median, node in rows:
        lines.append(f"| {size:,} | `{label}` | {index} | {median:.3f} | {node} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-url", help="server to create the scratch database on (default: embedded PostgreSQL)")
    parser.add_argument("--quick", action="store_true", help="skip 1,000,000 rows")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")],
                        help="comma-separated row counts (overrides the defaults)")
    parser.add_argument("--runs", type=int, default=7, help="EXPLAIN ANALYZE runs per measurement (median)")
    args = parser.parse_args()
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    server = args.server_url
    if server is None:
        from pgdecl.embedded import start_embedded

        server = start_embedded()
    with psycopg.connect(server) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    print(f"PostgreSQL {version}; median of {args.runs} EXPLAIN (ANALYZE) runs; "
          "'urgent' on ~1% of rows, 1-4 other tags per row\n")
    print(table(run(server, sizes, args.runs)))


if __name__ == "__main__":
    main()
