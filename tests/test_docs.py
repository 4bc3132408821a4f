"""Every ```sh and ```sql block of README.md, docs/*.md and examples/crm/README.md runs, in
order, on a fresh database; each file's blocks share one database and one working directory.

Conventions in the markdown (an HTML comment on the line before a block):

* ``<!-- doctest: skip (reason) -->`` — the block is not run (it installs, runs for minutes,
  needs docker or Kubernetes …); the reason is required;
* ``<!-- doctest: output -->`` before a plain block — it is what the previous ```sh block
  prints on stdout; a line ``...`` stands for any number of lines.

A command line ending in ``# exit N`` must exit N, any other must exit 0. ``$DATABASE_URL``
is the fresh database; ``pgdecl`` is this checkout's; ``PGDECL_SHADOW_URL`` is the test
server (no embedded server is started).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from harness import ROOT, psql_binary

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "examples" / "crm" / "README.md"]
RUN_LANGUAGES = ("sh", "sql")

# blocks in documents this branch does not edit, not run, and why (a marker in the file
# itself is the better place: once there, the entry is unused and harmless)
NOT_RUN_ELSEWHERE = {
    ("docs/security.md", "docker run -d --name pgdecl-shadow"): "starts a docker container",
}

_FENCE = re.compile(r"^\s*```(\S*)\s*$")
# what a doc test must never do to the machine it runs on
_NEVER_RUN = re.compile(r"\b(pip install|docker|kubectl|npm|apt-get|sudo)\b")
_MARKER = re.compile(r"^<!--\s*doctest:\s*(skip|output)\b\s*(?:\((.+)\))?\s*-->\s*$")
_EXIT = re.compile(r"#\s*exit (\d+)\b")


@dataclass
class Block:
    document: Path
    line: int                 # 1-based line of the opening fence
    language: str
    text: str
    marker: str | None        # "skip", "output" or None
    reason: str | None

    @property
    def where(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"


def blocks_of(document: Path) -> list[Block]:
    lines = document.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        start, language = i, match[1]
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip().startswith("```"))
        previous = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        marker = _MARKER.match(previous.strip())
        indent = len(lines[start]) - len(lines[start].lstrip())
        body = "\n".join(line[indent:] if line[:indent].isspace() else line for line in lines[start + 1:end])
        found.append(Block(document, start + 1, language, body + "\n",
                           marker[1] if marker else None, marker[2] if marker else None))
        i = end + 1
    return found


def _checked_script(block: Block) -> str:
    """The block as bash: each command checked for its exit status (0, or ``# exit N``)."""
    out = ["set -u"]
    pending = ""
    for raw in block.text.splitlines():
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        command = pending + raw
        pending = ""
        stripped = command.strip()
        if not stripped or stripped.startswith("#"):
            continue
        expected = _EXIT.search(stripped)
        status = int(expected[1]) if expected else 0
        quoted = shlex.quote(f"{block.where}: expected exit {status}, got $__rc: {stripped}")
        out.append(f'{command}\n__rc=$?; [ "$__rc" -eq {status} ] || {{ echo {quoted} >&2; exit 1; }}')
    return "\n".join(out) + "\n"


def _matches(expected: str, actual: str) -> bool:
    """``expected`` equals ``actual`` line for line (trailing spaces ignored), ``...`` matching any lines."""
    pattern = []
    for line in expected.rstrip("\n").splitlines():
        pattern.append(r"(?:.*\n)*?" if line.strip() == "..." else re.escape(line.rstrip()) + r"[ \t]*\n")
    return re.fullmatch("".join(pattern), actual.rstrip("\n") + "\n") is not None


@pytest.fixture(scope="module")
def pgdecl_bin(tmp_path_factory) -> Path:
    """A ``pgdecl`` on PATH that runs this checkout (what `pip install -e .` gives)."""
    directory = tmp_path_factory.mktemp("bin")
    shim = directory / "pgdecl"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m pgdecl.cli "$@"\n')
    shim.chmod(0o755)
    return directory


def _workdir(tmp_path: Path) -> Path:
    """A working directory that looks like the repository (links) but keeps files written in it."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    return tmp_path


def _elsewhere(block: Block) -> bool:
    relative = str(block.document.relative_to(ROOT))
    first_line = block.text.strip().splitlines()[0] if block.text.strip() else ""
    return any(relative == doc and first_line.startswith(start) for doc, start in NOT_RUN_ELSEWHERE)


def test_every_block_is_run_or_marked() -> None:
    unmarked = []
    for document in DOCUMENTS:
        for block in blocks_of(document):
            if block.marker == "skip" and not block.reason:
                unmarked.append(f"{block.where}: doctest: skip needs a reason in parentheses")
            if block.marker == "output" and block.language in RUN_LANGUAGES:
                unmarked.append(f"{block.where}: an output block must not be ```{block.language}")
            if block.language in RUN_LANGUAGES and block.marker is None and _NEVER_RUN.search(block.text) \
                    and not _elsewhere(block):
                unmarked.append(f"{block.where}: installs or starts containers: mark it doctest: skip")
            if block.language in RUN_LANGUAGES or block.marker:
                continue
            if block.language in ("", "text"):
                continue          # output shown for reading, a file layout …
            if block.language not in ("yaml", "json", "python", "toml", "dockerfile"):
                unmarked.append(f"{block.where}: ```{block.language} is neither run nor marked")
    assert not unmarked, "\n".join(unmarked)


@pytest.mark.parametrize("document", DOCUMENTS, ids=[str(d.relative_to(ROOT)) for d in DOCUMENTS])
def test_document_blocks_run_in_order(document: Path, db: str, server_dsn: str, pgdecl_bin: Path,
                                      tmp_path: Path) -> None:
    blocks = blocks_of(document)
    if not any(b.language in RUN_LANGUAGES and b.marker is None for b in blocks):
        pytest.skip("no block to run")
    work = _workdir(tmp_path)
    state = tmp_path.parent / f"{tmp_path.name}.env"
    state.write_text(f"export DATABASE_URL={shlex.quote(db)}\n")
    env = {**os.environ, "PATH": f"{pgdecl_bin}{os.pathsep}{os.environ['PATH']}",
           "PGDECL_SHADOW_URL": server_dsn, "PGOPTIONS": "-c client_min_messages=warning",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    last_stdout: str | None = None
    for block in blocks:
        if block.marker == "skip" or _elsewhere(block):
            last_stdout = None
            continue
        assert not (block.language in RUN_LANGUAGES and _NEVER_RUN.search(block.text)), \
            f"{block.where}: installs or starts containers: mark it doctest: skip"
        if block.marker == "output":
            assert last_stdout is not None, f"{block.where}: output block without a ```sh block before it"
            assert _matches(block.text, last_stdout), \
                f"{block.where}: the previous block printed:\n{last_stdout}\nexpected:\n{block.text}"
            continue
        if block.language == "sh":
            script = f"source {shlex.quote(str(state))}\n{_checked_script(block)}export -p > {shlex.quote(str(state))}\n"
            ran = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True,
                                 timeout=300)
            assert ran.returncode == 0, f"{block.where} failed:\n{ran.stderr}\n--- stdout:\n{ran.stdout}"
            last_stdout = ran.stdout
        elif block.language == "sql":
            url = subprocess.run(["bash", "-c", f"source {shlex.quote(str(state))}; printf %s \"$DATABASE_URL\""],
                                 capture_output=True, text=True).stdout
            ran = subprocess.run([psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", "-"],
                                 input=block.text, cwd=work, env=env, capture_output=True, text=True, timeout=300)
            assert ran.returncode == 0, f"{block.where} failed:\n{ran.stderr}"
            last_stdout = ran.stdout
