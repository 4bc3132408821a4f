"""Start-up: what a command does not use is not imported (every process pays for its imports)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _imported_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.parametrize("command", ["plan", "apply", "export", "lint"])
def test_help_does_not_import_psycopg(command):
    modules = _imported_after(
        "from pgdecl.cli import main\n"
        f"try:\n    main(['{command}', '--help'])\nexcept SystemExit:\n    pass")
    assert "pgdecl.cli" in modules
    assert "psycopg" not in modules          # 0.1 s of start-up


def test_diff_does_not_import_pglast():
    modules = _imported_after("import pgdecl.diff, pgdecl.plan, pgdecl.online")
    assert "pgdecl.diff.tables" in modules
    assert "pglast" not in modules           # parsing is needed only on rare paths


def test_database_error_is_one_line(capsys):
    import psycopg

    from pgdecl.commandline import run_or_exit

    def failing():
        raise psycopg.OperationalError("server closed the connection\nmore detail")

    with pytest.raises(SystemExit) as exc:
        run_or_exit(failing)
    assert exc.value.code == 1
    assert capsys.readouterr().err == "pgdecl: error: database error: server closed the connection\n"


def test_other_errors_pass_through():
    from pgdecl.commandline import run_or_exit

    def failing():
        raise ValueError("a bug")

    with pytest.raises(ValueError):
        run_or_exit(failing)
