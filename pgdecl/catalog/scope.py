"""A catalog limited to what the spec manages in its ``managed: false`` schemas (spec/partial.py):
there, only the objects the spec lists (policies, triggers, functions) are kept, on both
sides of a diff; everything else of such a schema, the schema itself included, is not
compared, so it is never created, changed or dropped."""

from __future__ import annotations

import dataclasses

from pgdecl.catalog.model import Catalog, ObjectKey

_BY_KEY = ("schemas", "types", "sequences", "tables", "constraints", "indexes", "functions", "aggregates", "triggers",
           "views", "policies", "inherited", "rules")


def limit_to_listed(catalog: Catalog, listed: dict[str, frozenset[ObjectKey]]) -> Catalog:
    """``catalog`` without the objects of the schemas in ``listed`` that are not listed there."""
    if not listed:
        return catalog

    def kept(key: ObjectKey) -> bool:
        return key.schema not in listed or key in listed[key.schema]

    changes = {name: {key: obj for key, obj in getattr(catalog, name).items() if kept(key)} for name in _BY_KEY}
    changes["privileges"] = {key: p for key, p in catalog.privileges.items() if kept(key[0])}
    changes["default_privileges"] = {key: d for key, d in catalog.default_privileges.items()
                                     if key.schema not in listed}
    changes["unmanaged"] = tuple(u for u in catalog.unmanaged if u.schema not in listed)
    # a cast that involves only such schemas (a platform's types) is not the spec's
    changes["casts"] = {key: c for key, c in catalog.casts.items() if not set(c.schemas) <= set(listed)}
    return dataclasses.replace(catalog, **changes)  # type: ignore[arg-type]
