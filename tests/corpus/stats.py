"""Size of each corpus entry, for docs/corpus.md: load it into a fresh database and count
its objects with stats.sql (a Supabase entry's counts less those of the stub alone).

usage: python tests/corpus/stats.py DSN [ENTRY ...]    (DSN: a maintenance database; the
role creates and drops databases named corpus_stats_*). Prints one Markdown table row per
entry. Entries come from tests/corpus and, when present, ../shared/corpus (or
$PGDECL_SHARED_CORPUS).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
from psycopg import conninfo, sql

HERE = Path(__file__).resolve().parent
CORPORA = (HERE, Path(os.environ.get("PGDECL_SHARED_CORPUS") or HERE.parents[2] / "shared" / "corpus"))
COLUMNS = ("schemas", "tables", "partitions", "views", "functions", "triggers", "policies", "types",
           "indexes", "constraints", "other")


def folders() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for corpus in CORPORA:
        if corpus.is_dir():
            for p in sorted(corpus.iterdir()):
                if p.is_dir() and not p.name.startswith("_") and (p / "SOURCE.md").exists():
                    found.setdefault(p.name, p)
    return found


def files(folder: Path) -> list[Path]:
    if (folder / "schema.sql").exists():
        return [folder / "schema.sql"]
    return sorted(folder.glob("[0-9][0-9][0-9]_*.sql"))


def counts(dsn: str, name: str, paths: list[Path]) -> dict[str, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
    target = conninfo.make_conninfo(dsn, dbname=name)
    env = {**os.environ, "PGOPTIONS": "-c client_min_messages=warning"}
    try:
        for path in paths:
            subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", target, "-f", str(path)],
                           check=True, env=env, capture_output=True, text=True)
        done = subprocess.run(["psql", "-X", "-A", "-t", "-d", target, "-f", str(HERE / "stats.sql")],
                              check=True, env=env, capture_output=True, text=True)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    return {k: int(v) for k, _, v in (line.partition("=") for line in done.stdout.split())}


def row(entry: str, c: dict[str, int], size: int) -> str:
    values = {
        "schemas": c["schemas"], "tables": c["tables"], "partitions": c["partitions"],
        "views": c["views"] + c["matviews"], "functions": c["functions"] + c["procedures"] + c["aggregates"],
        "triggers": c["triggers"], "policies": c["policies"],
        "types": c["enums"] + c["domains"] + c["composite_types"] + c["range_types"],
        "indexes": c["indexes"], "constraints": c["constraints"],
    }
    other = [f"{c[k]} {label}" for k, label in (
        ("collations", "collations"), ("ts_configs", "text search configs"), ("operators", "operators"),
        ("casts", "casts"), ("rules", "rules"), ("foreign_tables", "foreign tables"),
        ("event_triggers", "event triggers"), ("publications", "publications"), ("extensions", "extensions"))
        if c.get(k)]
    cells = [str(values[k]) for k in COLUMNS[:-1]] + [", ".join(other) or "-"]
    return f"| `{entry}` | {max(1, round(size / 1024))} KB | " + " | ".join(cells) + " |"


def main(dsn: str, wanted: list[str]) -> None:
    found = folders()
    print("| entry | SQL | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for entry in wanted or sorted(found):
        folder = found[entry]
        paths = files(folder)
        source = (folder / "SOURCE.md").read_text().lower()
        stub = [folder.parent / "_supabase_stub.sql"] if "needs-supabase-stub" in source else []
        c = counts(dsn, f"corpus_stats_{entry}", stub + paths)
        if stub:
            base = counts(dsn, "corpus_stats_stub", stub)
            c = {k: v - base.get(k, 0) for k, v in c.items()}
        print(row(entry, c, sum(p.stat().st_size for p in paths)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
