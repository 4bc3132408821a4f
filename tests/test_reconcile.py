"""pgdecl reconcile: a fleet of databases kept equal to the spec, drift reported and fixed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import pytest

from conftest import run_sql
from harness import ROOT, apply_and_replan, load_preset, plan_for, snapshot
from pgdecl.apply import PAUSE_ENV, PAUSE_MARKER, PAUSE_WHILE_ENV
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


def _events(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


class Lines:
    """A child's output read on a thread of its own, so a test can wait for one line."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self.thread = threading.Thread(target=lambda: self.lines.extend(iter(stream.readline, "")), daemon=True)
        self.thread.start()

    def wait_for(self, text: str, proc: subprocess.Popen, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in list(self.lines)):
            assert proc.poll() is None, f"exited {proc.returncode} before {text!r}: {''.join(self.lines)}"
            assert time.monotonic() < deadline, f"no {text!r} in: {''.join(self.lines)}"
            time.sleep(0.05)

    @property
    def text(self) -> str:
        self.thread.join(timeout=30)
        return "".join(self.lines)


def test_sigterm_during_apply_finishes_the_transaction_and_skips_the_rest(fleet, tmp_path: Path) -> None:
    _drift(fleet["eu"])                                     # eu is the first target: us and ap come after it
    untouched = {name: snapshot(fleet[name], ("public",)) for name in ("us", "ap")}
    hold = tmp_path / "hold"
    hold.touch()
    env = {**os.environ, **_env(fleet), PAUSE_ENV: "3", PAUSE_WHILE_ENV: str(hold)}
    proc = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "reconcile", "--targets",
                             str(tmp_path / "targets.yaml"), "--jobs", "1", "--log-format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        out, err = Lines(proc.stdout), Lines(proc.stderr)
        err.wait_for(f"{PAUSE_MARKER} 3", proc)             # all three steps ran, the transaction is open
        with psycopg.connect(fleet["eu"], autocommit=True) as conn:
            rows = conn.execute("SELECT count(*) FROM pg_catalog.pg_class WHERE relname = 'idx_deals_tags'").fetchone()
        assert rows == (0,), "the index is visible before the transaction committed"
        proc.send_signal(signal.SIGTERM)
        out.wait_for('"event": "stopping"', proc)           # the handler ran while the step was still paused
        hold.unlink()                                       # let the paused transaction go on
        proc.wait(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    events = _events(out.text)
    assert proc.returncode == 1, out.text + err.text
    assert [(e["target"], e["steps"]) for e in events if e["event"] == "applied"] == [("eu", 3)]
    assert sorted(e["target"] for e in events if e["event"] == "skipped") == ["ap", "us"]
    assert "3 target(s): not reconciled (stopped): us, ap" in err.text
    assert "all converged" not in err.text
    assert plan_for(CRM, fleet["eu"]).plan.empty            # converged, not half-applied
    for name, before in untouched.items():
        assert snapshot(fleet[name], ("public",)) == before


def test_metrics_port_serves_per_target_metrics(fleet, tmp_path: Path) -> None:
    _drift(fleet["us"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "pgdecl.cli", "reconcile", "--targets",
                             str(tmp_path / "targets.yaml"), "--dry-run", "--interval", "1s", "--jobs", "3",
                             "--metrics-port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **_env(fleet)})
    try:
        wanted = ['pgdecl_drift_steps{target="us"} 3', 'pgdecl_drift_steps{target="eu"} 0',
                  'pgdecl_last_success_timestamp_seconds{target="ap"}', 'pgdecl_failures_total{target="us"} 0',
                  'pgdecl_apply_duration_seconds{target="eu"}']
        deadline, body = time.monotonic() + 240, ""
        while not all(line in body for line in wanted):
            assert proc.poll() is None and time.monotonic() < deadline, body
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
                    assert response.headers["Content-Type"].startswith("text/plain")
                    body = response.read().decode()
            except (ConnectionError, urllib.error.URLError):
                pass
            time.sleep(0.2)
        assert "# TYPE pgdecl_failures_total counter" in body
        assert 'pgdecl_last_success_timestamp_seconds{target="us"}' not in body   # drifted: never converged
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, out + err                  # the last round found drift in us
    assert "not converged: us" in out


NOTES = """\
version: 1
schemas:
  public:
    tables:
      notes:
        columns:
          id: bigint primary key
          body: text
        row_level_security: true
        policies:
          notes_readable: {for: select, using: "true"}
"""


def test_target_hazards_allow_or_refuse(make_db, tmp_path: Path) -> None:
    """allow_hazards reaches apply's guards; a refused target is reported, exit 2, left untouched."""
    spec = tmp_path / "notes.yaml"
    spec.write_text(NOTES)
    dsns = {}
    for name in ("open", "closed", "staging", "guarded"):
        dsns[name] = make_db()
        apply_and_replan(plan_for(spec, dsns[name]), dsns[name])
    for name in ("open", "closed"):        # the fix loosens the policy to true again: a security hazard
        run_sql(dsns[name], "ALTER POLICY notes_readable ON public.notes USING (body <> '')")
    for name in ("staging", "guarded"):    # the fix drops a policy: destructive, and a security hazard
        run_sql(dsns[name], "CREATE POLICY notes_extra ON public.notes FOR UPDATE USING (false)")
    (tmp_path / "targets.yaml").write_text(
        "targets:\n"
        "  - {name: open, database_url_env: DB_OPEN, spec: notes.yaml, allow_hazards: [security]}\n"
        "  - {name: closed, database_url_env: DB_CLOSED, spec: notes.yaml}\n"
        "  - {name: staging, database_url_env: DB_STAGING, spec: notes.yaml, allow_hazards: 'data_loss, security'}\n"
        "  - {name: guarded, database_url_env: DB_GUARDED, spec: notes.yaml, allow_hazards: [security]}\n")
    before = {name: snapshot(dsns[name], ("public",)) for name in ("closed", "guarded")}
    metrics = tmp_path / "metrics.prom"
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--log-format", "json",
                       "--metrics-file", str(metrics), env={f"DB_{n.upper()}": dsn for n, dsn in dsns.items()})
    assert result.returncode == 2, result.stdout + result.stderr
    events = _events(result.stdout)
    assert sorted(e["target"] for e in events if e["event"] == "applied") == ["open", "staging"]
    refused = {e["target"]: e for e in events if e["event"] == "refused"}
    assert {name: e["hazards"] for name, e in refused.items()} == {"closed": "security", "guarded": "data_loss"}
    assert "needs allow_hazards: [security]" in refused["closed"]["detail"]
    assert "allow_destructive: true or allow_hazards: [data_loss]" in refused["guarded"]["detail"]
    assert "4 target(s): not converged: closed, guarded" in result.stderr
    assert "refused 1 step(s) with hazard(s) security this target does not allow" in result.stderr
    assert "refused 1 step(s) with hazard(s) data_loss this target does not allow" in result.stderr
    assert "destructive step(s)" not in result.stderr
    for name in ("open", "staging"):
        assert plan_for(spec, dsns[name]).plan.empty
    for name, snap in before.items():
        assert snapshot(dsns[name], ("public",)) == snap
    text = metrics.read_text()
    for line in ('pgdecl_drift_steps{target="closed"} 1', 'pgdecl_drift_steps{target="guarded"} 1',
                 'pgdecl_drift_steps{target="open"} 0', 'pgdecl_failures_total{target="closed"} 0'):
        assert line in text, text
    assert 'pgdecl_last_success_timestamp_seconds{target="closed"}' not in text
    assert 'pgdecl_last_success_timestamp_seconds{target="open"}' in text


def test_online_target_builds_indexes_concurrently(fleet, tmp_path: Path) -> None:
    for dsn in fleet.values():
        run_sql(dsn, "DROP INDEX public.idx_deals_tags")
    single = reconcile(str(CRM), "--database-url", fleet["us"], "--online", "--dry-run", "--log-format", "json")
    assert single.returncode == 2, single.stdout + single.stderr
    [step] = [e for e in _events(single.stdout) if e["event"] == "drift"]
    assert step["transactional"] is False and "CREATE INDEX CONCURRENTLY" in step["sql"], step
    (tmp_path / "online.yaml").write_text(
        "targets:\n"
        f"  - {{name: eu, database_url_env: DB_EU, spec: {CRM}, online: true}}\n"
        f"  - {{name: us, database_url_env: DB_US, spec: {CRM}}}\n"
        f"  - {{name: ap, database_url_env: DB_AP, spec: {CRM}, online_threshold: 0B}}\n")
    result = reconcile("--targets", str(tmp_path / "online.yaml"), "--log-format", "json", env=_env(fleet))
    assert result.returncode == 0, result.stdout + result.stderr
    drift = {e["target"]: e for e in _events(result.stdout) if e["event"] == "drift"}
    assert set(drift) == {"eu", "us", "ap"}
    for name in ("eu", "ap"):
        assert drift[name]["transactional"] is False and "CREATE INDEX CONCURRENTLY" in drift[name]["sql"], drift[name]
    assert drift["us"]["transactional"] is True and "CONCURRENTLY" not in drift["us"]["sql"]
    for dsn in fleet.values():
        with psycopg.connect(dsn) as conn:
            valid = conn.execute("SELECT i.indisvalid FROM pg_catalog.pg_index i "
                                 "WHERE i.indexrelid = 'public.idx_deals_tags'::regclass").fetchone()
        assert valid == (True,)
        assert plan_for(CRM, dsn).plan.empty


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
    bad = {
        "allow_hazards: [securty]": ":4:20: target 'a': allow_hazards: unknown hazard kind 'securty'",
        "allow_hazards: security,dataloss": ":4:20: target 'a': allow_hazards: unknown hazard kind 'dataloss'",
        "allow_destructive: 'no'": ":4:24: target 'a': allow_destructive: expected true or false, got 'no'",
        "online: yes please": ":4:13: target 'a': online: expected true or false",
        "online_threshold: 10 megs": ":4:23: target 'a': online_threshold: '10 megs' is not a size",
    }
    for line, message in bad.items():
        path.write_text(f"targets:\n  - name: a\n    database_url: postgresql://u@h/db\n    {line}\n    spec: s.yaml\n")
        result = reconcile("--targets", str(path))
        assert result.returncode == 1 and f"pgdecl: error: {path}{message}" in result.stderr, (line, result.stderr)
    path.write_text("targets:\n  - {name: a, database_url: postgresql://u@h/db, spec: s.yaml}\n")
    for flags in (["--online"], ["--allow-hazards", "security"], ["--allow-destructive"]):
        result = reconcile("--targets", str(path), *flags)
        assert result.returncode == 1 and f"{flags[0]}: only with SPEC --database-url" in result.stderr, result.stderr
    result = reconcile("s.yaml", "--database-url", "postgresql://u@h/db", "--allow-hazards", "secrity")
    assert result.returncode == 1 and "unknown hazard kind 'secrity'" in result.stderr


def _check_invocation(argv: list[str], where: str) -> None:
    """``pgdecl SUBCOMMAND --option …`` uses a subcommand and options that exist, and gives a
    value to exactly the options that take one."""
    import click

    from pgdecl.cli import main

    assert argv[0] == "pgdecl", (where, argv)
    command = main.get_command(click.Context(main), argv[1])
    assert command is not None, f"{where}: no command {argv[1]!r}"
    options = {name: param for param in command.params if isinstance(param, click.Option)
               for name in param.opts + param.secondary_opts}
    words = argv[2:]
    for i, word in enumerate(words):
        if not word.startswith("-"):
            continue
        name = word.split("=", 1)[0]
        assert name in options, f"{where}: pgdecl {argv[1]} has no option {name} (has: {', '.join(sorted(options))})"
        if options[name].is_flag or "=" in word:
            continue
        assert i + 1 < len(words) and not words[i + 1].startswith("-"), f"{where}: {name} needs a value"


def _shell_invocations(script: str) -> list[list[str]]:
    """Every ``pgdecl …`` command in a shell script, up to the first redirection or operator."""
    import shlex

    found = []
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        words = list(lexer)
        for i, word in enumerate(words):
            if word == "pgdecl":
                end = next((j for j in range(i, len(words)) if set(words[j]) <= set("<>|&;()")), len(words))
                found.append(words[i:end])
    return found


def test_gitops_examples_are_valid(monkeypatch) -> None:
    import re

    import yaml

    from pgdecl.reconcile import load_targets

    gitops = ROOT / "examples" / "gitops"
    for var in ("CRM_EU_DATABASE_URL", "CRM_US_DATABASE_URL", "CRM_STAGING_DATABASE_URL"):
        monkeypatch.setenv(var, "postgresql://u@h/db")
    targets = load_targets(gitops / "targets.yaml")
    assert [t.name for t in targets] == ["crm-eu", "crm-us", "crm-staging"]
    assert targets[2].allow_destructive and targets[2].allow_hazards == {HazardKind.SECURITY}
    assert targets[1].online.always and targets[0].online.threshold_bytes == 1024 ** 3

    # the Dockerfile builds from the repository root: what it copies exists, pgdecl is installed from it
    dockerfile = (gitops / "Dockerfile").read_text()
    copies = re.findall(r"^COPY (.+) (\S+)$", dockerfile, re.MULTILINE)
    assert ("." , "/src") in copies and "pip install --no-cache-dir /src" in dockerfile
    for sources, _ in copies:
        for source in sources.split():
            assert (ROOT / source).exists(), f"Dockerfile: COPY {source}: no such file in the repository"
    assert ("examples/gitops/targets.yaml", "/spec/targets.yaml") in copies
    assert ("examples/crm/schema.yaml", "/spec/schema.yaml") in copies      # the targets' spec: schema.yaml
    entrypoint = json.loads(re.search(r"^ENTRYPOINT (.+)$", dockerfile, re.MULTILINE)[1])
    cmd = json.loads(re.search(r"^CMD (.+)$", dockerfile, re.MULTILINE)[1])
    _check_invocation(entrypoint + cmd, "Dockerfile")

    cron = yaml.safe_load((gitops / "cronjob.yaml").read_text())
    assert cron["kind"] == "CronJob"
    [container] = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert container["args"][0] == "reconcile"
    _check_invocation(["pgdecl", *container["args"]], "cronjob.yaml")

    job = yaml.safe_load((gitops / "indexed-job.yaml").read_text())
    assert job["spec"]["completionMode"] == "Indexed"
    [container] = job["spec"]["template"]["spec"]["containers"]
    _check_invocation(["pgdecl", *container["args"]], "indexed-job.yaml")
    shard = container["args"][container["args"].index("--shard") + 1]
    assert shard == f"$(JOB_COMPLETION_INDEX)/{job['spec']['completions']}"
    assert "JOB_COMPLETION_INDEX" in {e["name"] for e in container.get("env", [])}   # so $(…) expands

    workflow = yaml.safe_load((gitops / "github" / "pgdecl.yml").read_text())
    assert set(workflow["jobs"]) == {"plan", "apply"}
    assert (ROOT / workflow["env"]["SPEC"]).is_file()
    invocations = []
    for name, job in workflow["jobs"].items():
        runs = [step["run"] for step in job["steps"] if "run" in step]
        assert "pip install ." in runs, f"{name}: pgdecl is installed from the checkout"
        for script in runs:
            invocations += _shell_invocations(script)
    assert {argv[1] for argv in invocations} == {"lint", "plan", "apply"}
    assert any(argv[1] == "plan" and "--format" in argv and argv[argv.index("--format") + 1] == "summary"
               for argv in invocations)
    assert any(argv[1] == "apply" and "--yes" in argv for argv in invocations)
    for argv in invocations:
        _check_invocation(argv, f"github/pgdecl.yml: {' '.join(argv)}")

    # and the commands in docs/gitops.md
    documented = [argv for block in re.findall(r"```sh\n(.*?)```", (ROOT / "docs" / "gitops.md").read_text(), re.DOTALL)
                  for argv in _shell_invocations(block)]
    assert len(documented) >= 4
    for argv in documented:
        _check_invocation(argv, f"docs/gitops.md: {' '.join(argv)}")


def test_example_checker_catches_a_wrong_flag() -> None:
    with pytest.raises(AssertionError, match="has no option --targets-file"):
        _check_invocation(["pgdecl", "reconcile", "--targets-file", "t.yaml"], "x")
    with pytest.raises(AssertionError, match="--shard needs a value"):
        _check_invocation(["pgdecl", "reconcile", "--shard", "--once"], "x")
    assert _shell_invocations('pgdecl plan "$SPEC" --format summary > plan.txt; status=$?') == \
        [["pgdecl", "plan", "$SPEC", "--format", "summary"]]


def test_shard_from_job_completion_index(fleet, tmp_path: Path) -> None:
    env = {**_env(fleet), "JOB_COMPLETION_INDEX": "1", "PGDECL_SHARDS": "3"}
    result = reconcile("--targets", str(tmp_path / "targets.yaml"), "--dry-run", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 target(s): all converged" in result.stdout      # ap, eu, us sorted: shard 1/3 is eu
    assert "[eu] converged" in result.stdout
