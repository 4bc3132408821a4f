"""The spec: YAML files loaded into a validated Spec, and rendered as plain CREATE DDL."""

from __future__ import annotations

from pgdecl.spec.ddl import DDLStatement, render_ddl
from pgdecl.spec.errors import SpecError
from pgdecl.spec.loader import load_spec
from pgdecl.spec.model import ExtensionSpec, Spec
from pgdecl.spec.trusted import trusted_sql

__all__ = ["DDLStatement", "ExtensionSpec", "Spec", "SpecError", "load_spec", "render_ddl", "trusted_sql"]
