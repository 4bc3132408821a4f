"""Synthetic Supabase-style schemas of N tables, as a pgdecl spec and as plain SQL.

Each table: uuid key, ~8 columns including text[] and jsonb, a foreign key to
the previous table, a B-tree and a GIN index, RLS with two policies, an
updated_at trigger; a security_invoker view for every 10th table.

    python benchmarks/generate.py 100 --out /tmp/bench100      # writes schema.yaml and schema.sql
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

TRIGGER_BODY = "BEGIN NEW.updated_at := now(); RETURN NEW; END;"


def table_name(i: int) -> str:
    return f"t{i:05d}"


def spec(n: int, changed: frozenset[int] = frozenset()) -> dict:
    """The spec as a dict; tables in ``changed`` get one extra column and index (a 1% change)."""
    tables = {}
    views = {}
    for i in range(n):
        name = table_name(i)
        columns = {
            "id": "uuid primary key default gen_random_uuid()",
            "user_id": "uuid not null",
            "title": "text not null",
            "status": "text not null default 'new'",
            "amount": "numeric(12,2) default 0",
            "tags": "text[] not null default '{}'",
            "payload": "jsonb not null default '{}'",
            "created_at": "timestamptz not null default now()",
            "updated_at": "timestamptz not null default now()",
        }
        if i > 0:
            columns["parent_id"] = {"type": "uuid", "references": {"table": table_name(i - 1), "on_delete": "cascade"}}
        indexes = {
            f"{name}_user_id_idx": {"columns": ["user_id"]},
            f"{name}_tags_idx": {"using": "gin", "columns": ["tags"]},
        }
        if i in changed:
            columns["note"] = "text"
            indexes[f"{name}_status_idx"] = {"columns": ["status"]}
        tables[name] = {
            "columns": columns,
            "indexes": indexes,
            "row_level_security": True,
            "policies": {
                f"{name}_select_own": {"for": "select", "to": ["authenticated"], "using": "(select auth.uid()) = user_id"},
                f"{name}_write_own": {"for": "all", "to": ["authenticated"], "using": "(select auth.uid()) = user_id",
                                      "with_check": "(select auth.uid()) = user_id"},
            },
            "triggers": {
                f"{name}_updated_at": {"timing": "before", "events": ["update"], "for_each": "row",
                                       "function": "set_updated_at()"},
            },
        }
        if i % 10 == 0:
            views[f"v_{name}"] = {
                "security_invoker": True,
                "query": f"SELECT id, user_id, title, status FROM public.{name} WHERE status <> 'archived'",
            }
    return {
        "version": 1,
        "preset": "supabase",
        "schemas": {"public": {
            "functions": {"set_updated_at()": {"returns": "trigger", "language": "plpgsql", "body": TRIGGER_BODY}},
            "tables": tables,
            "views": views,
        }},
    }


def sql(n: int, changed: frozenset[int] = frozenset()) -> str:
    """The same schema as one SQL script (what a hand-written migration would contain)."""
    out = [
        "CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS "
        f"$function${TRIGGER_BODY}$function$;",
    ]
    for i in range(n):
        name = table_name(i)
        parent = f",\n  parent_id uuid REFERENCES public.{table_name(i - 1)} ON DELETE CASCADE" if i > 0 else ""
        note = ",\n  note text" if i in changed else ""
        out.append(
            f"CREATE TABLE public.{name} (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n"
            "  user_id uuid NOT NULL,\n  title text NOT NULL,\n  status text NOT NULL DEFAULT 'new',\n"
            "  amount numeric(12,2) DEFAULT 0,\n  tags text[] NOT NULL DEFAULT '{}',\n"
            "  payload jsonb NOT NULL DEFAULT '{}',\n  created_at timestamptz NOT NULL DEFAULT now(),\n"
            f"  updated_at timestamptz NOT NULL DEFAULT now(){parent}{note}\n);")
        out.append(f"CREATE INDEX {name}_user_id_idx ON public.{name} (user_id);")
        out.append(f"CREATE INDEX {name}_tags_idx ON public.{name} USING gin (tags);")
        if i in changed:
            out.append(f"CREATE INDEX {name}_status_idx ON public.{name} (status);")
        out.append(f"ALTER TABLE public.{name} ENABLE ROW LEVEL SECURITY;")
        out.append(f"CREATE POLICY {name}_select_own ON public.{name} FOR SELECT TO authenticated "
                   "USING ((select auth.uid()) = user_id);")
        out.append(f"CREATE POLICY {name}_write_own ON public.{name} FOR ALL TO authenticated "
                   "USING ((select auth.uid()) = user_id) WITH CHECK ((select auth.uid()) = user_id);")
        out.append(f"CREATE TRIGGER {name}_updated_at BEFORE UPDATE ON public.{name} "
                   "FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();")
        if i % 10 == 0:
            out.append(f"CREATE VIEW public.v_{name} WITH (security_invoker = true) AS "
                       f"SELECT id, user_id, title, status FROM public.{name} WHERE status <> 'archived';")
    return "\n".join(out) + "\n"


def changed_tables(n: int, percent: float = 1.0) -> frozenset[int]:
    step = max(1, round(100 / percent))
    return frozenset(range(0, n, step))


def write_spec(n: int, path: Path, changed: frozenset[int] = frozenset()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec(n, changed), sort_keys=False, width=200))


def write(n: int, out: Path, changed: frozenset[int] = frozenset()) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    spec_path, sql_path = out / "schema.yaml", out / "schema.sql"
    spec_path.write_text(yaml.safe_dump(spec(n, changed), sort_keys=False, width=200))
    sql_path.write_text(sql(n, changed))
    return spec_path, sql_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tables", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--changed-percent", type=float, default=0.0)
    args = parser.parse_args()
    changed = changed_tables(args.tables, args.changed_percent) if args.changed_percent else frozenset()
    for path in write(args.tables, args.out, changed):
        print(path)


if __name__ == "__main__":
    main()
