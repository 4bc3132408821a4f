"""examples/pytest: the fixture that migrates a test database from a spec with the Python
API runs, green, against the test server (and would fail if the migration did not)."""

from __future__ import annotations

import os
import subprocess
import sys

from harness import ROOT

EXAMPLE = ROOT / "examples" / "pytest"


def _pytest(server_dsn: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                           str(EXAMPLE), str(EXAMPLE), *args],
                          capture_output=True, text=True, timeout=600, cwd=EXAMPLE,
                          env={**os.environ, "TEST_DATABASE_URL": server_dsn})


def test_pytest_example_migrates_and_passes(server_dsn: str) -> None:
    result = _pytest(server_dsn)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout, result.stdout


def test_pytest_example_fails_when_the_spec_is_broken(server_dsn: str, tmp_path) -> None:
    """The fixture really migrates: with a spec whose policy is missing, the RLS test fails."""
    broken = tmp_path / "example"
    broken.mkdir()
    for name in ("conftest.py", "test_notes.py"):
        (broken / name).write_text((EXAMPLE / name).read_text())
    spec = (EXAMPLE / "schema.yaml").read_text()
    (broken / "schema.yaml").write_text(spec.replace("row_level_security: true", "row_level_security: false"))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                             str(broken), str(broken)], capture_output=True, text=True, timeout=600, cwd=broken,
                            env={**os.environ, "TEST_DATABASE_URL": server_dsn})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED test_notes.py::test_owners_see_only_their_notes" in result.stdout, result.stdout
