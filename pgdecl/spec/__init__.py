"""The spec: YAML files loaded into a validated Spec, and rendered as plain CREATE DDL.

The names below are imported on first use (PEP 562): a plan of a cached spec never
parses YAML, so it does not pay for importing the loader, PyYAML and the DDL renderer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pgdecl.spec.ddl import DDLStatement, render_ddl
    from pgdecl.spec.errors import SpecError
    from pgdecl.spec.loader import load_spec
    from pgdecl.spec.model import ExtensionSpec, Spec
    from pgdecl.spec.trusted import trusted_sql

_HOME = {
    "DDLStatement": "ddl", "render_ddl": "ddl", "SpecError": "errors", "load_spec": "loader",
    "ExtensionSpec": "model", "Spec": "model", "trusted_sql": "trusted",
}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
