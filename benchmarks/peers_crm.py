"""The CRM case through pgdecl, migra and pg-delta: what each plans for before.sql → schema.yaml.

    python benchmarks/peers_crm.py

Builds two databases on the embedded PostgreSQL 18 — one from examples/crm/before.sql,
one by applying examples/crm/schema.yaml with pgdecl — and prints each tool's script
for going from the first to the second. migra and pg-delta compare two databases;
pgdecl plans from the YAML spec.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from run import ensure_pgdelta, make_database, uri  # noqa: E402

from pgdecl.apply import ApplyOptions, apply_plan  # noqa: E402
from pgdecl.embedded import start_embedded  # noqa: E402
from pgdecl.engine import make_plan  # noqa: E402
from pgdecl.spec import load_spec  # noqa: E402


def main() -> None:
    server = start_embedded()
    spec = load_spec(ROOT / "examples" / "crm" / "schema.yaml")
    before = make_database(server, "peers_crm_before", (ROOT / "examples" / "crm" / "before.sql").read_text())
    after = make_database(server, "peers_crm_after", None)
    apply_plan(make_plan(spec, after).plan, after, ApplyOptions(allow_destructive=True))

    print("== pgdecl plan examples/crm/schema.yaml (against before.sql) ==")
    print(make_plan(spec, before).plan.sql())

    print("== migra --unsafe before after ==")
    migra = subprocess.run(["migra", "--unsafe", uri(before, "postgresql+psycopg2"), uri(after, "postgresql+psycopg2")],
                           capture_output=True, text=True)
    print(migra.stdout if migra.returncode in (0, 2) else f"(migra failed: {migra.stderr.strip()[-300:]})")

    pgdelta = ensure_pgdelta()
    print("== pgdelta plan --source before --desired after; pgdelta render ==")
    if pgdelta is None:
        print("(pg-delta not available: npm missing)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan.json"
        subprocess.run([pgdelta, "plan", "--source", uri(before), "--desired", uri(after), "--out", str(plan)],
                       capture_output=True, text=True, check=True)
        subprocess.run([pgdelta, "render", "--plan", str(plan), "--out", str(Path(tmp) / "crm"), "--allow-drops"],
                       capture_output=True, text=True, check=True)
        for script in sorted(Path(tmp).glob("crm*.sql")):
            print("\n".join(line for line in script.read_text().splitlines() if line and not line.startswith("--")))


if __name__ == "__main__":
    main()
