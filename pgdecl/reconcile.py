"""The GitOps loop: plan + apply for one or many targets, once or on an interval."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO

import yaml

from pgdecl.dsn import mask
from pgdecl.errors import PgdeclError

log = logging.getLogger(__name__)

# a second advisory lock, held while a reconciler plans *and* applies one target, so two
# reconcilers never both plan against the same state ('pgrc')
RECONCILE_LOCK_KEY = 0x70677263

TARGET_KEYS = {"name", "database_url", "database_url_env", "spec", "allow_destructive", "allow_hazards",
               "lock_timeout", "statement_timeout"}


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    dsn: str
    spec: Path
    allow_destructive: bool = False
    allow_hazards: tuple[str, ...] = ()
    lock_timeout: str = "5s"
    statement_timeout: str = "0"


@dataclass(slots=True)
class Outcome:
    target: str
    status: str                  # converged | applied | drift | refused | failed | skipped
    steps: int = 0
    duration: float = 0.0
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("converged", "applied")


@dataclass(slots=True)
class Metrics:
    """Prometheus metrics, rendered in the text exposition format."""

    last_success: dict[str, float] = field(default_factory=dict)
    drift_steps: dict[str, int] = field(default_factory=dict)
    apply_seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, outcome: Outcome) -> None:
        with self.lock:
            name = outcome.target
            self.drift_steps[name] = outcome.steps if outcome.status in ("drift", "refused") else 0
            self.apply_seconds[name] = outcome.duration
            self.failures.setdefault(name, 0)
            if outcome.ok:
                self.last_success[name] = time.time()
            elif outcome.status == "failed":
                self.failures[name] += 1

    def render(self) -> str:
        def label(value: str) -> str:
            return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

        blocks = [
            ("pgdecl_last_success_timestamp_seconds", "gauge", "Unix time of the last converged run", self.last_success),
            ("pgdecl_drift_steps", "gauge", "Steps found and not applied (dry run or refused)", self.drift_steps),
            ("pgdecl_apply_duration_seconds", "gauge", "Duration of the last plan+apply", self.apply_seconds),
            ("pgdecl_failures_total", "counter", "Failed runs per target", self.failures),
        ]
        lines = []
        with self.lock:
            for metric, kind, help_text, values in blocks:
                lines.append(f"# HELP {metric} {help_text}")
                lines.append(f"# TYPE {metric} {kind}")
                for target in sorted(values):
                    lines.append(f'{metric}{{target="{label(target)}"}} {values[target]}')
        return "\n".join(lines) + "\n"


def load_targets(path: Path) -> list[Target]:
    """Targets from a YAML file: ``targets: [{name, database_url_env | database_url, spec, ...}]``."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PgdeclError(f"{path}: cannot read targets: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("targets"), list):
        raise PgdeclError(f"{path}: expected a mapping with a 'targets' list")
    targets = []
    for i, raw in enumerate(document["targets"]):
        where = f"{path}: targets[{i}]"
        if not isinstance(raw, dict):
            raise PgdeclError(f"{where}: expected a mapping")
        unknown = set(raw) - TARGET_KEYS
        if unknown:
            raise PgdeclError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (expected: {', '.join(sorted(TARGET_KEYS))})")
        if "name" not in raw or "spec" not in raw:
            raise PgdeclError(f"{where}: 'name' and 'spec' are required")
        dsn = raw.get("database_url")
        if "database_url_env" in raw:
            dsn = os.environ.get(str(raw["database_url_env"]))
            if not dsn:
                raise PgdeclError(f"{where} ({raw['name']}): environment variable {raw['database_url_env']} is not set")
        if not dsn:
            raise PgdeclError(f"{where} ({raw['name']}): needs database_url_env (or database_url)")
        spec = Path(str(raw["spec"]))
        if not spec.is_absolute():
            spec = path.parent / spec
        hazards = raw.get("allow_hazards") or []
        targets.append(Target(
            name=str(raw["name"]), dsn=str(dsn), spec=spec,
            allow_destructive=bool(raw.get("allow_destructive", False)),
            allow_hazards=tuple(str(h) for h in hazards),
            lock_timeout=str(raw.get("lock_timeout", "5s")),
            statement_timeout=str(raw.get("statement_timeout", "0")),
        ))
    names = [t.name for t in targets]
    if len(set(names)) != len(names):
        raise PgdeclError(f"{path}: target names must be unique")
    return targets


_SHARD = re.compile(r"^(\d+)/(\d+)$")


def select_shard(targets: list[Target], spec: str | None) -> list[Target]:
    """The targets of shard ``i/n`` (targets sorted by name, every n-th from i)."""
    if not spec:
        return targets
    match = _SHARD.match(spec)
    if not match or int(match[2]) < 1 or int(match[1]) >= int(match[2]):
        raise PgdeclError(f"--shard {spec!r}: expected i/n with 0 <= i < n")
    index, count = int(match[1]), int(match[2])
    ordered = sorted(targets, key=lambda t: t.name)
    return [t for position, t in enumerate(ordered) if position % count == index]


class Reporter:
    """One line per event: readable text or JSON lines."""

    def __init__(self, fmt: str = "text", out: TextIO | None = None) -> None:
        self.fmt = fmt
        self.out = out or sys.stdout
        self.lock = threading.Lock()

    def event(self, target: str, event: str, **fields: Any) -> None:
        with self.lock:
            if self.fmt == "json":
                record = {"ts": round(time.time(), 3), "target": target, "event": event}
                record.update(fields)
                self.out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            else:
                extra = " ".join(f"{k}={v}" for k, v in fields.items() if k != "sql")
                self.out.write(f"[{target}] {event} {mask(extra)}".rstrip() + "\n")
            self.out.flush()


class Reconciler:
    def __init__(self, targets: list[Target], *, dry_run: bool = False, jobs: int = 1,
                 reporter: Reporter | None = None, metrics: Metrics | None = None,
                 shadow_url: str | None = None, wait: float = 60.0) -> None:
        self.targets = targets
        self.dry_run = dry_run
        self.jobs = max(1, jobs)
        self.reporter = reporter or Reporter()
        self.metrics = metrics or Metrics()
        self.shadow_url = shadow_url
        self.wait = wait
        self.stopping = threading.Event()

    def run_once(self) -> list[Outcome]:
        with ThreadPoolExecutor(max_workers=self.jobs) as pool:
            outcomes = list(pool.map(self._guarded, self.targets))
        for outcome in outcomes:
            self.metrics.record(outcome)
        return outcomes

    def _guarded(self, target: Target) -> Outcome:
        if self.stopping.is_set():
            return Outcome(target.name, "skipped", message="stopping")
        started = time.monotonic()
        try:
            outcome = self.reconcile(target)
        except Exception as exc:  # one target never stops the others
            message = mask(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
            outcome = Outcome(target.name, "failed", message=message)
            self.reporter.event(target.name, "failed", error=message)
        outcome.duration = round(time.monotonic() - started, 3)
        return outcome

    def reconcile(self, target: Target) -> Outcome:
        from pgdecl.apply import ApplyOptions, apply_plan
        from pgdecl.engine import connect, make_plan, replan
        from pgdecl.cache import load_spec      # an unchanged spec is not parsed again

        spec = load_spec(target.spec)
        with connect(target.dsn, autocommit=True) as guard:
            self._lock(guard, target)
            result = make_plan(spec, target.dsn, shadow_dsn=self.shadow_url, lock_timeout=target.lock_timeout)
            plan = result.plan
            if plan.empty:
                self.reporter.event(target.name, "converged", steps=0)
                return Outcome(target.name, "converged")
            for step in plan.steps:
                self.reporter.event(target.name, "drift", step=step.op.describe(),
                                    hazards=",".join(h.kind.value for h in step.hazards) or "-")
            if self.dry_run:
                return Outcome(target.name, "drift", steps=len(plan.steps))
            options = ApplyOptions(lock_timeout=target.lock_timeout, statement_timeout=target.statement_timeout,
                                   allow_destructive=target.allow_destructive, wait=self.wait)
            refused = refused_for(plan, target)
            if refused:
                listing = "; ".join(s.op.describe() for s in refused)
                self.reporter.event(target.name, "refused", steps=len(refused), detail=listing)
                return Outcome(target.name, "refused", steps=len(plan.steps),
                               message=f"refused destructive step(s): {listing}")
            applied = apply_plan(plan, target.dsn, options)
            remaining = replan(result, target.dsn)
            if not remaining.empty:
                raise PgdeclError(f"applied {applied} steps but {len(remaining.steps)} remain")
            self.reporter.event(target.name, "applied", steps=applied)
            return Outcome(target.name, "applied", steps=applied)

    def _lock(self, conn, target: Target) -> None:
        deadline = time.monotonic() + self.wait
        while True:
            got = conn.execute("SELECT pg_catalog.pg_try_advisory_lock(%s)", [RECONCILE_LOCK_KEY]).fetchone()[0]
            if got:
                return
            if time.monotonic() >= deadline:
                raise PgdeclError("another reconciler holds this database's lock")
            self.reporter.event(target.name, "waiting", reason="another reconciler is working on this database")
            time.sleep(0.5)


def refused_for(plan, target: Target) -> list:
    """Steps this target may not apply: destructive ones unless allowed, and any step
    whose hazards include a kind from REFUSED_KINDS the target does not allow."""
    refused = []
    for step in plan.steps:
        if step.destructive and not target.allow_destructive:
            refused.append(step)
        elif {h.kind.value for h in step.hazards} & REFUSED_KINDS - set(target.allow_hazards):
            refused.append(step)
    return refused


REFUSED_KINDS = {"security"}


def summary(outcomes: list[Outcome], out: TextIO) -> None:
    width = max([len(o.target) for o in outcomes] + [6])
    out.write(f"{'target':<{width}}  {'status':<9}  steps  seconds  message\n")
    for o in outcomes:
        out.write(f"{o.target:<{width}}  {o.status:<9}  {o.steps:>5}  {o.duration:>7.2f}  {mask(o.message)}\n")
    failed = [o.target for o in outcomes if o.status == "failed"]
    drifted = [o.target for o in outcomes if o.status in ("drift", "refused")]
    verdict = "all converged" if not failed and not drifted else \
        "; ".join(part for part in (f"failed: {', '.join(failed)}" if failed else "",
                                    f"not converged: {', '.join(drifted)}" if drifted else "") if part)
    out.write(f"{len(outcomes)} target(s): {verdict}\n")
    out.flush()


def exit_code(outcomes: list[Outcome]) -> int:
    if any(o.status == "failed" for o in outcomes):
        return 1
    if any(o.status in ("drift", "refused") for o in outcomes):
        return 2
    return 0


_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(s|m|h)?$")


def parse_interval(text: str) -> float:
    match = _DURATION.match(text.strip())
    if not match:
        raise PgdeclError(f"--interval {text!r}: expected a duration like 30s, 5m or 1h")
    return float(match[1]) * {"s": 1, None: 1, "m": 60, "h": 3600}[match[2]]


def serve_metrics(metrics: Metrics, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            body = metrics.render().encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(reconciler: Reconciler, *, interval: float | None, metrics_file: Path | None,
        out: TextIO) -> int:
    """Once, or every ``interval`` seconds until SIGTERM/SIGINT; returns the exit code of the last round."""
    def stop(signum, frame) -> None:  # noqa: ARG001 - signal API
        reconciler.stopping.set()
        reconciler.reporter.event("-", "stopping", signal=signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        while True:
            outcomes = reconciler.run_once()
            if metrics_file is not None:
                metrics_file.write_text(reconciler.metrics.render(), encoding="utf-8")
            summary(outcomes, out)
            code = exit_code(outcomes)
            if interval is None or reconciler.stopping.wait(interval):
                return code
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def command():
    """The click command `pgdecl reconcile` (registered by cli.py)."""
    import click

    @click.command("reconcile")
    @click.argument("spec", required=False, type=click.Path())
    @click.option("--database-url", envvar="DATABASE_URL", default=None, help="One target (with SPEC).")
    @click.option("--targets", "targets_file", type=click.Path(exists=True, dir_okay=False),
                  help="YAML file of targets: name, database_url_env, spec, allow_destructive, allow_hazards.")
    @click.option("--once", "mode", flag_value="once", default=True, help="One round, then exit (CronJob, CI).")
    @click.option("--interval", default=None, help="Run every INTERVAL (30s, 5m, 1h) until SIGTERM.")
    @click.option("--dry-run", is_flag=True, help="Report drift only; exit 2 when any target drifted.")
    @click.option("--jobs", "-j", default=1, show_default=True, type=int, help="Targets reconciled in parallel.")
    @click.option("--shard", default=None, help="i/n: only every n-th target from i (default from $JOB_COMPLETION_INDEX/$PGDECL_SHARDS).")
    @click.option("--allow-destructive", is_flag=True, help="With --database-url: allow destructive steps.")
    @click.option("--shadow-url", default=None, help="Server for scratch databases (default: each target's).")
    @click.option("--wait", default=60.0, type=float, show_default=True, help="Seconds to wait for another reconciler.")
    @click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--metrics-file", type=click.Path(dir_okay=False), help="Write Prometheus metrics here (textfile collector).")
    @click.option("--metrics-port", type=int, default=None, help="Serve Prometheus metrics on this port.")
    def reconcile(spec, database_url, targets_file, mode, interval, dry_run, jobs, **kw) -> None:
        """Keep databases equal to their spec: plan, apply the allowed steps, verify.

        Exit status: 0 every target converged, 2 drift left (dry run or refused steps), 1 a target failed.
        """
        _run_command(spec, database_url, targets_file, interval, dry_run, jobs, **kw)

    return reconcile


def _run_command(spec, database_url, targets_file, interval, dry_run, jobs, shard, allow_destructive,
                 shadow_url, wait, log_format, metrics_file, metrics_port) -> None:
    import click

    try:
        if targets_file:
            targets = load_targets(Path(targets_file))
        elif database_url:
            targets = [Target(name=_target_name(database_url), dsn=database_url,
                              spec=Path(spec or "schema.yaml"), allow_destructive=allow_destructive)]
        else:
            raise PgdeclError("reconcile needs --targets FILE, or SPEC with --database-url")
        if shard is None and os.environ.get("JOB_COMPLETION_INDEX") and os.environ.get("PGDECL_SHARDS"):
            shard = f"{os.environ['JOB_COMPLETION_INDEX']}/{os.environ['PGDECL_SHARDS']}"
        targets = select_shard(targets, shard)
        seconds = parse_interval(interval) if interval else None
    except PgdeclError as exc:
        click.echo(f"pgdecl: error: {mask(str(exc))}", err=True)
        sys.exit(1)
    metrics = Metrics()
    if metrics_port:
        serve_metrics(metrics, metrics_port)
    reconciler = Reconciler(targets, dry_run=dry_run, jobs=jobs, reporter=Reporter(log_format),
                            metrics=metrics, shadow_url=shadow_url, wait=wait)
    code = run(reconciler, interval=seconds, metrics_file=Path(metrics_file) if metrics_file else None,
               out=sys.stderr if log_format == "json" else sys.stdout)
    sys.exit(code)


def _target_name(dsn: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - only a display name
        return "target"
    return str(params.get("dbname") or "target")
