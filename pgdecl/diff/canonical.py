"""Expressions compared as PostgreSQL's parser reads them, not as text.

PostgreSQL does not always deparse an expression into text that deparses back the same:
``status IN ('a', 'b')`` on a ``varchar`` column reads back as
``(status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])``,
and that text, run again (as a plan or a dump restore runs it), as
``... ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])``. Both
are the same check; compared as text, every plan dropped and added it again (an ACCESS
EXCLUSIVE lock and a scan of the table). ``same_definition`` compares their parse trees
with such differences of the deparser's casts taken out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any


def same_definition(a: str, b: str) -> bool:
    """Whether two constraint definitions (``pg_get_constraintdef`` text) are the same
    constraint: equal text, or equal parse trees once an array cast is moved onto the
    array's elements and parse locations are dropped."""
    if a == b:
        return True
    left, right = _canonical(a), _canonical(b)
    return left is not None and left == right


@lru_cache(maxsize=4096)
def _canonical(definition: str) -> str | None:
    from pglast import parser                # imported when two definitions differ in text only
    from pglast.parser import ParseError

    try:
        tree = json.loads(parser.parse_sql_json(f"ALTER TABLE x ADD CONSTRAINT c {definition}"))
    except (ParseError, ValueError):
        return None
    return json.dumps(_normalize(tree), sort_keys=True)


def _normalize(node: Any) -> Any:
    if isinstance(node, list):
        return [_normalize(item) for item in node]
    if not isinstance(node, dict):
        return node
    cast = node.get("TypeCast")
    if isinstance(cast, dict) and "A_ArrayExpr" in cast.get("arg", {}) and cast["typeName"].get("arrayBounds"):
        # (ARRAY[x, y])::t[]  ->  ARRAY[(x)::t, (y)::t]
        element_type = {k: v for k, v in cast["typeName"].items() if k != "arrayBounds"}
        array = dict(cast["arg"]["A_ArrayExpr"])
        array["elements"] = [{"TypeCast": {"arg": e, "typeName": element_type}} for e in array.get("elements", [])]
        return _normalize({"A_ArrayExpr": array})
    return {k: _normalize(v) for k, v in node.items() if k not in ("location", "list_start", "list_end")}
