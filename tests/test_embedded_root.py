"""The embedded server started by root changes the mode of no folder pgdecl did not create."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="only root's start loosened folders")

START = """
import sys
import psycopg
from pgdecl import embedded
if sys.argv[2] == "copy":       # binaries the server user cannot reach: run from a copy
    reachable = embedded._traversable
    embedded._traversable = lambda path: "site-packages" not in str(path) and reachable(path)
dsn = embedded.start_embedded(temporary=sys.argv[1] == "temporary")
with psycopg.connect(dsn) as conn:
    assert conn.execute("SELECT 1").fetchone() == (1,)
print(dsn)
"""


def _modes(folders: list[Path]) -> dict[Path, int]:
    return {folder: folder.stat().st_mode & 0o7777 for folder in folders}


@pytest.mark.parametrize(("mode", "binaries"), [("temporary", "installed"), ("default", "installed"),
                                                ("temporary", "copy")])
def test_no_folder_loosened(tmp_path: Path, mode: str, binaries: str) -> None:
    secret = tmp_path / "secret"
    home = secret / "home"
    temp = secret / "tmp"
    for folder in (secret, home, temp):
        folder.mkdir()
        folder.chmod(0o700)
    watched = [secret, home, temp, *[p for p in tmp_path.parents if p != Path("/")], tmp_path]
    before = _modes(watched)
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(temp), "PGDECL_EMBEDDED_DIR": str(home / "embedded"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("XDG_RUNTIME_DIR", None)
    started = subprocess.run([sys.executable, "-c", START, mode, binaries], env=env, capture_output=True,
                             text=True, timeout=300)
    try:
        assert started.returncode == 0, started.stderr
        assert _modes(watched) == before, "a folder pgdecl did not create changed mode"
    finally:
        if mode == "default":               # the server stopped with its process; its data stays
            import hashlib

            digest = hashlib.sha256(str((home / "embedded" / "pg18").resolve()).encode()).hexdigest()[:12]
            for base in (Path("/var/tmp/pgdecl-root"), Path("/tmp/pgdecl-root")):
                shutil.rmtree(base / f"pg18-{digest}", ignore_errors=True)
