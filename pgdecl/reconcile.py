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

from pgdecl.apply import ALLOWED_BY, ApplyOptions, parse_hazard_kinds, refusals
from pgdecl.dsn import mask, remember
from pgdecl.errors import PgdeclError
from pgdecl.online import OnlinePolicy, parse_size
from pgdecl.plan import HazardKind, Plan, Step

log = logging.getLogger(__name__)

# a second advisory lock, held while a reconciler plans *and* applies one target, so two
# reconcilers never both plan against the same state ('pgrc')
RECONCILE_LOCK_KEY = 0x70677263

TARGET_KEYS = {"name", "database_url", "database_url_env", "spec", "allow_destructive", "allow_hazards",
               "online", "online_threshold", "lock_timeout", "statement_timeout"}


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    dsn: str
    spec: Path
    allow_destructive: bool = False
    allow_hazards: frozenset[HazardKind] = frozenset()
    online: OnlinePolicy = OnlinePolicy()
    lock_timeout: str = "5s"
    statement_timeout: str = "0"
    origin: str | None = field(default=None, compare=False)   # file:line of its entry in a targets file

    def apply_options(self, wait: float) -> ApplyOptions:
        """The same guards and timeouts ``pgdecl apply`` would use with this target's flags."""
        return ApplyOptions(lock_timeout=self.lock_timeout, statement_timeout=self.statement_timeout,
                            allow_destructive=self.allow_destructive, allow_hazards=self.allow_hazards, wait=wait)


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
            self.failures.setdefault(name, 0)
            if outcome.status == "skipped":      # not looked at this round: keep the last values
                return
            self.drift_steps[name] = outcome.steps if outcome.status in ("drift", "refused") else 0
            self.apply_seconds[name] = outcome.duration
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
    """Targets from a YAML file: ``targets: [{name, database_url_env | database_url, spec, ...}]``.

    Every mistake is an error naming the file, line and target (a misspelt hazard kind
    silently allowing nothing would only show up as a refused target in production).
    """
    try:
        text = path.read_text(encoding="utf-8")
        document = yaml.safe_load(text)
        marks = _entry_marks(text)
    except (OSError, yaml.YAMLError) as exc:
        raise PgdeclError(f"{path}: cannot read targets: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("targets"), list):
        raise PgdeclError(f"{path}: expected a mapping with a 'targets' list")
    targets = []
    for i, raw in enumerate(document["targets"]):
        entry, keys = marks[i] if i < len(marks) else (None, {})
        where = f"{path}:{entry}" if entry else f"{path}: targets[{i}]"
        if not isinstance(raw, dict):
            raise PgdeclError(f"{where}: targets[{i}]: expected a mapping")
        unknown = set(raw) - TARGET_KEYS
        if unknown:
            raise PgdeclError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (expected: {', '.join(sorted(TARGET_KEYS))})")
        if "name" not in raw or "spec" not in raw:
            raise PgdeclError(f"{where}: 'name' and 'spec' are required")
        name = str(raw["name"])

        def at(key: str) -> str:
            return f"{path}:{keys[key]}" if key in keys else where

        dsn = raw.get("database_url")
        if "database_url_env" in raw:
            dsn = os.environ.get(str(raw["database_url_env"]))
            if not dsn:
                raise PgdeclError(f"{at('database_url_env')}: target {name!r}: environment variable "
                                  f"{raw['database_url_env']} is not set")
        if not dsn:
            raise PgdeclError(f"{where}: target {name!r}: needs database_url_env (or database_url)")
        remember(str(dsn))
        spec = Path(str(raw["spec"]))
        if not spec.is_absolute():
            spec = path.parent / spec
        for key in ("allow_destructive", "online"):
            if key in raw and not isinstance(raw[key], bool):
                raise PgdeclError(f"{at(key)}: target {name!r}: {key}: expected true or false, got {raw[key]!r}")
        hazards = raw.get("allow_hazards") or []
        if not isinstance(hazards, (list, str)):
            raise PgdeclError(f"{at('allow_hazards')}: target {name!r}: allow_hazards: expected a list of hazard "
                              f"kinds, got {hazards!r}")
        try:
            kinds = parse_hazard_kinds([hazards] if isinstance(hazards, str) else [str(h) for h in hazards])
        except PgdeclError as exc:
            raise PgdeclError(f"{at('allow_hazards')}: target {name!r}: allow_hazards: {exc}") from None
        try:
            threshold = parse_size(str(raw.get("online_threshold", "10MB")))
        except PgdeclError as exc:
            raise PgdeclError(f"{at('online_threshold')}: target {name!r}: "
                              f"{str(exc).replace('--online-threshold', 'online_threshold')}") from None
        targets.append(Target(
            name=name, dsn=str(dsn), spec=spec,
            allow_destructive=raw.get("allow_destructive", False),
            allow_hazards=kinds,
            online=OnlinePolicy(always=raw.get("online", False), threshold_bytes=threshold),
            lock_timeout=str(raw.get("lock_timeout", "5s")),
            statement_timeout=str(raw.get("statement_timeout", "0")),
            origin=where,
        ))
    names = [t.name for t in targets]
    if len(set(names)) != len(names):
        raise PgdeclError(f"{path}: target names must be unique")
    return targets


def _entry_marks(text: str) -> list[tuple[str, dict[str, str]]]:
    """For each entry of ``targets``: its ``line:column`` and that of each key's value (1-based)."""
    def mark(node: yaml.Node) -> str:
        return f"{node.start_mark.line + 1}:{node.start_mark.column + 1}"

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    entries = next((value for key, value in root.value if key.value == "targets"), None)
    if not isinstance(entries, yaml.SequenceNode):
        return []
    return [(mark(item), {key.value: mark(value) for key, value in item.value}
             if isinstance(item, yaml.MappingNode) else {}) for item in entries.value]


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
                record: dict[str, Any] = {"ts": round(time.time(), 3), "target": mask(target), "event": event}
                record.update({k: mask(v) if isinstance(v, str) else v for k, v in fields.items()})
                self.out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            else:
                extra = " ".join(f"{k}={v}" for k, v in fields.items() if k != "sql")
                self.out.write(f"[{mask(target)}] {event} {mask(extra)}".rstrip() + "\n")
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
            self.reporter.event(target.name, "skipped", reason="stopping")
            return Outcome(target.name, "skipped", message=NOT_RECONCILED)
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
        from pgdecl.apply import apply_plan
        from pgdecl.engine import connect, make_plan, replan
        from pgdecl.cache import load_spec      # an unchanged spec is not parsed again

        spec = load_spec(target.spec)
        with connect(target.dsn, autocommit=True) as guard:
            if not self._lock(guard, target):
                self.reporter.event(target.name, "skipped", reason="stopping")
                return Outcome(target.name, "skipped", message=NOT_RECONCILED)
            result = make_plan(spec, target.dsn, shadow_dsn=self.shadow_url, lock_timeout=target.lock_timeout,
                               online=target.online, applying=not self.dry_run)
            plan = result.plan
            if plan.empty:
                self.reporter.event(target.name, "converged", steps=0)
                return Outcome(target.name, "converged")
            for step in plan.steps:
                self.reporter.event(target.name, "drift", step=step.op.describe(),
                                    hazards=",".join(h.kind.value for h in step.hazards) or "-",
                                    transactional=step.transactional, sql="; ".join(step.statements))
            if self.dry_run:
                return Outcome(target.name, "drift", steps=len(plan.steps))
            options = target.apply_options(self.wait)
            refused = refused_for(plan, target, options)
            if refused:
                kinds = sorted({kind for _, step_kinds, _ in refused for kind in step_kinds})
                listing = "; ".join(f"{step.op.describe()} [{reason}]" for step, _, reason in refused)
                self.reporter.event(target.name, "refused", steps=len(refused), hazards=",".join(kinds),
                                    detail=listing)
                return Outcome(target.name, "refused", steps=len(plan.steps),
                               message=f"refused {len(refused)} step(s) with hazard(s) {', '.join(kinds)} "
                                       f"this target does not allow, applied nothing: {listing}")
            applied = apply_plan(plan, target.dsn, options)
            remaining = replan(result, target.dsn)
            if not remaining.empty:
                raise PgdeclError(f"applied {applied} steps but {len(remaining.steps)} remain")
            self.reporter.event(target.name, "applied", steps=applied)
            return Outcome(target.name, "applied", steps=applied)

    def _lock(self, conn, target: Target) -> bool:
        """Take the reconcile lock (waiting up to ``wait``); False when told to stop while waiting."""
        deadline = time.monotonic() + self.wait
        while True:
            got = conn.execute("SELECT pg_catalog.pg_try_advisory_lock(%s)", [RECONCILE_LOCK_KEY]).fetchone()[0]
            if got:
                return True
            if time.monotonic() >= deadline:
                raise PgdeclError("another reconciler holds this database's lock")
            self.reporter.event(target.name, "waiting", reason="another reconciler is working on this database")
            if self.stopping.wait(0.5):
                return False


NOT_RECONCILED = "not reconciled: the reconciler was stopped before this target"


# what allows a refused hazard kind, in a targets file
TARGET_OPTION_FOR = {HazardKind.DATA_LOSS: "allow_destructive: true or allow_hazards: [data_loss]",
                     HazardKind.SECURITY: "allow_hazards: [security]"}


def refused_for(plan: Plan, target: Target,
                options: ApplyOptions | None = None) -> list[tuple[Step, tuple[str, ...], str]]:
    """The steps ``apply_plan`` would refuse for this target (``apply.refusals``, the same guards
    as ``pgdecl apply``): each with the hazard kinds not allowed and the reason, which names the
    target's option (targets file) or the flag (single target) that would allow it."""
    options = options or target.apply_options(0.0)
    allowed_by = TARGET_OPTION_FOR if target.origin is not None else ALLOWED_BY
    return [(step, tuple(kind.value for kind in kinds), reason)
            for step, kinds, reason in refusals(plan, options, allowed_by)]


def summary(outcomes: list[Outcome], out: TextIO) -> None:
    width = max([len(o.target) for o in outcomes] + [6])
    out.write(f"{'target':<{width}}  {'status':<9}  steps  seconds  message\n")
    for o in outcomes:
        out.write(f"{mask(o.target):<{width}}  {o.status:<9}  {o.steps:>5}  {o.duration:>7.2f}  {mask(o.message)}\n")
    failed = [o.target for o in outcomes if o.status == "failed"]
    drifted = [o.target for o in outcomes if o.status in ("drift", "refused")]
    skipped = [o.target for o in outcomes if o.status == "skipped"]
    parts = [f"failed: {', '.join(failed)}" if failed else "",
             f"not converged: {', '.join(drifted)}" if drifted else "",
             f"not reconciled (stopped): {', '.join(skipped)}" if skipped else ""]
    verdict = "; ".join(part for part in parts if part) or "all converged"
    out.write(f"{len(outcomes)} target(s): {verdict}\n")
    out.flush()


def exit_code(outcomes: list[Outcome]) -> int:
    """1 a target failed or was not reconciled (stopped), 2 drift left (dry run, refused), 0 converged."""
    if any(o.status in ("failed", "skipped") for o in outcomes):
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
                  help="YAML file of targets: name, database_url_env, spec, allow_destructive, allow_hazards, "
                       "online, online_threshold, lock_timeout, statement_timeout.")
    @click.option("--once", "mode", flag_value="once", default=True, help="One round, then exit (CronJob, CI).")
    @click.option("--interval", default=None, help="Run every INTERVAL (30s, 5m, 1h) until SIGTERM.")
    @click.option("--dry-run", is_flag=True, help="Report drift only; exit 2 when any target drifted.")
    @click.option("--jobs", "-j", default=1, show_default=True, type=int, help="Targets reconciled in parallel.")
    @click.option("--shard", default=None, help="i/n: only every n-th target from i (default from $JOB_COMPLETION_INDEX/$PGDECL_SHARDS).")
    @click.option("--allow-destructive", is_flag=True, help="With --database-url: allow destructive steps.")
    @click.option("--allow-hazards", multiple=True, metavar="KIND[,KIND…]",
                  help="With --database-url: allow steps with these hazard kinds (security, data_loss, …).")
    @click.option("--online", is_flag=True,
                  help="With --database-url: build and drop indexes CONCURRENTLY and add foreign keys/checks "
                       "NOT VALID + VALIDATE on every existing table.")
    @click.option("--online-threshold", default=None, metavar="SIZE",
                  help="With --database-url: tables at least this big get online changes automatically "
                       "[default: 10MB; 'off' = never].")
    @click.option("--shadow-url", envvar="PGDECL_SHADOW_URL", default=None, help="Server for scratch databases (default: each target's).")
    @click.option("--wait", default=60.0, type=float, show_default=True, help="Seconds to wait for another reconciler.")
    @click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--metrics-file", type=click.Path(dir_okay=False), help="Write Prometheus metrics here (textfile collector).")
    @click.option("--metrics-port", type=int, default=None, help="Serve Prometheus metrics on this port.")
    def reconcile(spec, database_url, targets_file, mode, interval, dry_run, jobs, **kw) -> None:
        """Keep databases equal to their spec: plan, apply the allowed steps, verify.

        Exit status: 0 every target converged, 2 drift left (dry run or refused steps), 1 a target failed
        or was not reconciled (stopped by SIGTERM first).
        """
        _run_command(spec, database_url, targets_file, interval, dry_run, jobs, **kw)

    return reconcile


def _run_command(spec, database_url, targets_file, interval, dry_run, jobs, shard, allow_destructive,
                 allow_hazards, online, online_threshold, shadow_url, wait, log_format, metrics_file,
                 metrics_port) -> None:
    import click

    try:
        single = {"--allow-destructive": allow_destructive, "--allow-hazards": allow_hazards, "--online": online,
                  "--online-threshold": online_threshold is not None}
        if targets_file:
            given = [flag for flag, value in single.items() if value]
            if given:
                raise PgdeclError(f"{', '.join(given)}: only with SPEC --database-url; with --targets set "
                                  f"allow_destructive, allow_hazards, online, online_threshold per target in "
                                  f"{targets_file}")
            targets = load_targets(Path(targets_file))
        elif database_url:
            policy = OnlinePolicy(always=online, threshold_bytes=parse_size(online_threshold or "10MB"))
            targets = [Target(name=_target_name(database_url), dsn=database_url,
                              spec=Path(spec or "schema.yaml"), allow_destructive=allow_destructive,
                              allow_hazards=parse_hazard_kinds(allow_hazards), online=policy)]
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
