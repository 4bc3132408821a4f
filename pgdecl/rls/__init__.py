"""verify-rls: prove that one user cannot reach another user's rows (no click here: pgdecl.verify_rls
is the command)."""

from __future__ import annotations

from pgdecl.rls.attacks import verify
from pgdecl.rls.owners import find_owners, uid_columns
from pgdecl.rls.report import EXIT_ERROR, EXIT_LEAKS, EXIT_OK, Leak, Report, Unverified, render

__all__ = ["EXIT_ERROR", "EXIT_LEAKS", "EXIT_OK", "Leak", "Report", "Unverified", "find_owners", "render",
           "uid_columns", "verify"]
