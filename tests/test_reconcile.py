"""pgdecl reconcile: a fleet of databases kept equal to the spec, drift reported and fixed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import ROOT, apply_and_replan, load_preset, plan_for, snapshot
from pgdecl.plan import HazardKind
from pgdecl.reconcile import Target, select_shard

CRM = ROOT / "examples" / "crm" / "schema.yaml"


def reconcile(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pgdecl.cli", "reconcile", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture
def fleet(make_db, tmp_path: Path) -> dict[str, str]:
    """Three converged CRM databases and a targets file naming them through environment variables."""
    dsns = {}
    for name in ("eu", "us", "ap"):
        dsn = make_db()
        load_preset(dsn)
        apply_and_replan(plan_for(CRM, dsn), dsn)
        dsns[name] = dsn
    (tmp_path / "targets.yaml").write_text("targets:\n" + "".join(
        f"  - {{name: {name}, database_url_env: DB_{name.upper()}, spec: {CRM}}}\n" for name in dsns))
    return dsns


def _env(fleet: dict[str, str]) -> dict[str, str]:
    return {f"DB_{name.upper()}": dsn for name, dsn in fleet.items()}


def _drift(dsn: str) -> None:
    run_sql(dsn, "DROP INDEX public.idx_deals_tags;"
                 "ALTER POLICY users_own_clients ON public.clients USING (true);"
                 "ALTER VIEW public.pipeline_summary RESET (security_invoker)")


def test_one_run_fixes_exactly_the_drifted_target(fleet, tmp_path: Path) -> None:
    _drift(fleet["us"])
    untouched = {name: snapshot(fleet[name], ("public",)) for name in ("eu", "ap")}
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--log-format", "json", env=_env(fleet))
    assert result.returncode == 0, result.stdout + result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    applied = [e for e in events if e["event"] == "applied"]
    assert [(e["target"], e["steps"]) for e in applied] == [("us", 3)]
    drift = sorted(e["step"] for e in events if e["event"] == "drift")
    assert drift == ["alter policy users_own_clients on public.clients", "alter view public.pipeline_summary",
                     "create index public.idx_deals_tags"]
    for name, before in untouched.items():
        assert snapshot(fleet[name], ("public",)) == before
    assert plan_for(CRM, fleet["us"]).plan.empty
    assert "3 target(s): all converged" in result.stderr     # the summary; JSON lines go to stdout


def test_dry_run_reports_drift_and_changes_nothing(fleet, tmp_path: Path) -> None:
    _drift(fleet["eu"])
    before = snapshot(fleet["eu"], ("public",))
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--dry-run", env=_env(fleet))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "not converged: eu" in result.stdout
    assert snapshot(fleet["eu"], ("public",)) == before


def test_unreachable_target_does_not_stop_the_others(fleet, tmp_path: Path) -> None:
    _drift(fleet["eu"])
    _drift(fleet["ap"])
    env = _env(fleet)
    env["DB_US"] = "postgresql://nobody:hunter2@127.0.0.1:1/gone"
    metrics = tmp_path / "metrics.prom"
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--jobs", "2",
                       "--metrics-file", str(metrics), env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "failed: us" in result.stdout
    assert "hunter2" not in result.stdout + result.stderr
    assert plan_for(CRM, fleet["eu"]).plan.empty and plan_for(CRM, fleet["ap"]).plan.empty
    text = metrics.read_text()
    assert 'pgdecl_failures_total{target="us"} 1' in text
    assert 'pgdecl_last_success_timestamp_seconds{target="eu"}' in text


def test_two_reconcilers_never_apply_twice(fleet, tmp_path: Path) -> None:
    _drift(fleet["eu"])
    args = [sys.executable, "-m", "pgdecl.cli", "reconcile", "--targets", str(tmp_path / "targets.yaml"),
            "--log-format", "json"]
    env = {**os.environ, **_env(fleet)}
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    applied = [json.loads(line) for out, _ in outputs for line in out.splitlines()
               if line.startswith("{") and json.loads(line)["event"] == "applied"]
    assert [(e["target"], e["steps"]) for e in applied] == [("eu", 3)]
    assert plan_for(CRM, fleet["eu"]).plan.empty


def test_sigterm_leaves_target_unchanged_or_converged(fleet, tmp_path: Path) -> None:
    _drift(fleet["ap"])
    before = snapshot(fleet["ap"], ("public",))
    env = {**os.environ, **_env(fleet)}
    proc = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "reconcile", "--targets",
                             str(tmp_path / "targets.yaml"), "--interval", "1s"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, 2), out + err
    after = snapshot(fleet["ap"], ("public",))
    assert after == before or plan_for(CRM, fleet["ap"]).plan.empty


def test_shards_partition_targets_without_overlap() -> None:
    targets = [Target(name=f"db{i:02d}", dsn="x", spec=Path("s")) for i in range(10)]
    shards = [select_shard(targets, f"{i}/3") for i in range(3)]
    names = [t.name for part in shards for t in part]
    assert sorted(names) == sorted(t.name for t in targets) and len(names) == len(set(names))
    assert all(abs(len(part) - len(targets) / 3) < 1 for part in shards)


def test_bad_targets_file(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("targets:\n  - {name: a, spec: s.yaml, databse_url_env: X}\n")
    result = reconcile("--targets", str(path))
    assert result.returncode == 1 and "unknown key(s) databse_url_env" in result.stderr


def test_gitops_examples_are_valid(monkeypatch) -> None:
    import yaml

    from pgdecl.reconcile import load_targets

    gitops = ROOT / "examples" / "gitops"
    for var in ("CRM_EU_DATABASE_URL", "CRM_US_DATABASE_URL", "CRM_STAGING_DATABASE_URL"):
        monkeypatch.setenv(var, "postgresql://u@h/db")
    targets = load_targets(gitops / "targets.yaml")
    assert [t.name for t in targets] == ["crm-eu", "crm-us", "crm-staging"]
    assert targets[2].allow_destructive and targets[2].allow_hazards == {HazardKind.SECURITY}
    cron = yaml.safe_load((gitops / "cronjob.yaml").read_text())
    assert cron["kind"] == "CronJob" and "reconcile" in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["args"]
    job = yaml.safe_load((gitops / "indexed-job.yaml").read_text())
    assert job["spec"]["completionMode"] == "Indexed"
    workflow = yaml.safe_load((gitops / "github" / "pgdecl.yml").read_text())
    assert set(workflow["jobs"]) == {"plan", "apply"}


def test_shard_from_job_completion_index(fleet, tmp_path: Path) -> None:
    env = {**_env(fleet), "JOB_COMPLETION_INDEX": "1", "PGDECL_SHARDS": "3"}
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--dry-run", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 target(s): all converged" in result.stdout      # ap, eu, us sorted: shard 1/3 is eu
    assert "[eu] converged" in result.stdout
