"""Collations."""

from __future__ import annotations

from pgdecl.catalog.model import Collation
from pgdecl.export.context import ExportContext
from pgdecl.export.document import Document


def collations(ctx: ExportContext, schema: str) -> Document:
    """The collations of ``schema`` by name, each as CREATE COLLATION takes it."""
    found: Document = {}
    for collation in sorted((c for c in ctx.catalog.collations.values() if c.schema == schema), key=lambda c: c.name):
        found[collation.name] = collation_body(collation)
    return found


def collation_body(collation: Collation) -> Document:
    body: Document = {}
    if collation.provider != "libc":
        body["provider"] = collation.provider
    if collation.provider != "libc" or collation.lc_collate == collation.lc_ctype:
        body["locale"] = collation.locale if collation.provider != "libc" else collation.lc_collate
    else:
        body["lc_collate"] = collation.lc_collate
        body["lc_ctype"] = collation.lc_ctype
    if not collation.deterministic:
        body["deterministic"] = False
    if collation.rules is not None:
        body["rules"] = collation.rules
    if collation.comment is not None:
        body["comment"] = collation.comment
    return body
