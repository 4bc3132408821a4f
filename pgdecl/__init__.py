"""pgdecl: keep a PostgreSQL database equal to a YAML description of it.

The Python API (docs/api.md), loaded on first use so that ``import pgdecl`` stays cheap::

    import pgdecl
    p = pgdecl.plan("schema.yaml", database_url=url)
    if not p.is_empty:
        pgdecl.apply(p, database_url=url)
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name → module that defines it (imported by __getattr__ on first use: PEP 562)
_EXPORTS = {
    "plan": "pgdecl.api", "apply": "pgdecl.api", "export": "pgdecl.api", "lint": "pgdecl.api",
    "verify_rls": "pgdecl.api", "load_spec": "pgdecl.api", "Plan": "pgdecl.api", "Applied": "pgdecl.api",
    "RefusedError": "pgdecl.api", "VerificationError": "pgdecl.api",
    "PgdeclError": "pgdecl.errors", "SpecError": "pgdecl.spec.errors",
    "ApplyError": "pgdecl.apply", "LockTimeout": "pgdecl.apply", "PlanOutdated": "pgdecl.apply",
    "Step": "pgdecl.plan", "Hazard": "pgdecl.plan", "HazardKind": "pgdecl.plan",
}
# API functions named like one of pgdecl's modules: the function keeps the name
# (`pgdecl.plan(...)`); the module is imported as usual (`from pgdecl.plan import Step`)
_FUNCTIONS_OVER_MODULES = frozenset({"plan", "apply", "export", "lint", "verify_rls"})

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from pgdecl.api import (  # noqa: F401
        Applied, Plan, RefusedError, VerificationError, apply, export, lint, load_spec, plan, verify_rls,
    )
    from pgdecl.apply import ApplyError, LockTimeout, PlanOutdated  # noqa: F401
    from pgdecl.errors import PgdeclError  # noqa: F401
    from pgdecl.plan import Hazard, HazardKind, Step  # noqa: F401
    from pgdecl.spec.errors import SpecError  # noqa: F401


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'pgdecl' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """The pgdecl package: importing its module ``pgdecl.plan`` (say) does not replace the
    function ``pgdecl.plan`` (the import system binds a submodule to its parent's attribute)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS_OVER_MODULES and isinstance(value, types.ModuleType):
            return          # the module stays in sys.modules, where `from pgdecl.plan import …` finds it
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
