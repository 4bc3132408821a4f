"""Online changes: which steps run CONCURRENTLY / NOT VALID, decided from live table sizes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from pgdecl.catalog.model import Catalog, Index, ObjectKey, split_index_definition
from pgdecl.diff import ops as o
from pgdecl.errors import PgdeclError

DEFAULT_THRESHOLD_BYTES = 10 * 1024 * 1024       # 10 MB, pg_total_relation_size
TEMP_SUFFIX = "_pgdecl_old"

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3, "tb": 1024 ** 4}


def parse_size(text: str) -> int | None:
    """'10MB' → 10485760; 'off' → None (never automatically online)."""
    if text.strip().lower() in ("off", "none", "never"):
        return None
    match = _SIZE.match(text)
    if not match:
        raise PgdeclError(f"--online-threshold: {text!r} is not a size (e.g. 500kB, 10MB, 1GB, or off)")
    return int(float(match[1]) * _UNITS[(match[2] or "b").lower()])


@dataclass(frozen=True, slots=True)
class OnlinePolicy:
    always: bool = False                                   # --online
    threshold_bytes: int | None = DEFAULT_THRESHOLD_BYTES  # --online-threshold (None: off)

    def is_large(self, live: Catalog, table: ObjectKey) -> bool:
        """An existing table whose changes must not block writes."""
        found = live.tables.get(table)
        if found is None:
            return False           # created in this plan (or a materialized view): nothing to protect
        if self.always:
            return True
        return self.threshold_bytes is not None and found.size_bytes >= self.threshold_bytes


def tables_to_measure(ops: list[o.Op], live: Catalog, policy: OnlinePolicy) -> set[ObjectKey]:
    """The existing tables whose size decides how ``ops`` run: those that get or lose an
    index, a foreign key or a check. None when the policy does not look at sizes."""
    if policy.always or policy.threshold_bytes is None:
        return set()
    tables: set[ObjectKey] = set()
    for op in ops:
        if isinstance(op, (o.CreateIndex, o.DropIndex)):
            tables.add(ObjectKey("table", op.index.schema, op.index.table))
        elif isinstance(op, o.AddConstraint) and op.constraint.kind in ("f", "c"):
            tables.add(ObjectKey("table", op.constraint.schema, op.constraint.table))
    return {table for table in tables if table in live.tables}


def temp_index_name(name: str) -> str:
    """Name the old index ``name`` is set aside under while its replacement is built (≤ 63 bytes)."""
    candidate = name + TEMP_SUFFIX
    if len(candidate.encode()) <= 63:
        return candidate
    return "pgdecl_old_" + hashlib.sha1(name.encode()).hexdigest()[:16]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def renamed_index(index: Index, name: str) -> Index:
    prefix, _, tail = split_index_definition(index.definition)
    return dc_replace(index, name=name, definition=prefix + _quote(name) + tail, comment=None)


def make_online(ops: list[o.Op], live: Catalog, policy: OnlinePolicy) -> list[o.Op]:
    """Rewrite an ordered list of operations so that big tables keep taking writes.

    * indexes: CREATE/DROP INDEX CONCURRENTLY after the transaction commits; a changed
      index is swapped: the old one is renamed aside (it keeps serving queries), the new
      one is built concurrently under the final name, then the old one is dropped
      concurrently. Every step is a no-op once done, so the script can run again; the
      leftovers of an interrupted swap or build are finished on the next run;
    * foreign keys and checks: ADD … NOT VALID in the transaction, VALIDATE after commit;
      a NOT VALID leftover of an interrupted run is only validated.
    """
    def table_of(index: Index) -> ObjectKey:
        return ObjectKey("table", index.schema, index.table)

    def partitioned(table: ObjectKey) -> bool:
        """CREATE/DROP INDEX CONCURRENTLY and NOT VALID foreign keys are not possible on a
        partitioned table: those steps stay in the transaction (the hazard says so)."""
        found = live.tables.get(table)
        return found is not None and found.partition_by is not None

    created = {op.key: op for op in ops if isinstance(op, o.CreateIndex)}
    replaced_index = {op.key for op in ops if isinstance(op, o.DropIndex) and op.replace and op.key in created}
    added = {op.key: op for op in ops if isinstance(op, o.AddConstraint)}
    revalidated = set()
    for op in ops:
        if isinstance(op, o.DropConstraint) and op.replace and op.key in added:
            new = added[op.key].constraint
            if op.constraint.definition == new.definition + " NOT VALID":
                revalidated.add(op.key)
    # old indexes an interrupted swap set aside (live, not desired), by the index they make way for
    aside_of = {_temp_key(key): key for key in set(created) | set(live.indexes)}
    set_aside = {aside_of[key]: live.indexes[key] for key in aside_of if key in live.indexes}
    aside_keys = {index.key for index in set_aside.values()}
    online_created = set()

    result: list[o.Op] = []
    for op in ops:
        match op:
            case o.CreateIndex() | o.DropIndex() if partitioned(table_of(op.index)):
                result.append(op)
            case o.AddConstraint() if op.constraint.kind == "f" and \
                    partitioned(ObjectKey("table", op.constraint.schema, op.constraint.table)):
                result.append(op)
            case o.DropIndex() if op.key in aside_keys:
                if aside_of[op.key] not in created:     # the new index is built: only the drop is left
                    result.append(dc_replace(op, when=(), concurrently=True, replace=True))
                # otherwise dropped by the swap, once the new index is built
            case o.DropIndex() if op.key in replaced_index and \
                    (policy.is_large(live, table_of(op.index)) or op.key in set_aside):
                continue                            # the online swap replaces it
            case o.DropIndex() if not op.replace and policy.is_large(live, table_of(op.index)):
                result.append(dc_replace(op, when=(), concurrently=True))
            case o.CreateIndex():
                steps = _online_index(op, live, policy, set_aside.get(op.key))
                if len(steps) > 1 or getattr(steps[0], "concurrently", False):
                    online_created.add(op.key)
                result.extend(steps)
            case o.SetComment() if op.key in online_created:
                continue                            # the concurrent build sets the comment
            case o.DropConstraint() if op.key in revalidated:
                continue
            case o.AddConstraint() if op.key in revalidated:
                result.append(o.ValidateConstraint(op.constraint, replace=op.replace))
            case o.AddConstraint() if op.constraint.kind in ("f", "c") and \
                    policy.is_large(live, ObjectKey("table", op.constraint.schema, op.constraint.table)):
                result.append(dc_replace(op, not_valid=True))
                result.append(o.ValidateConstraint(op.constraint))
            case _:
                result.append(op)
    return result


def _temp_key(key: ObjectKey) -> ObjectKey:
    return ObjectKey("index", key.schema, temp_index_name(key.name))


def _online_index(op: o.CreateIndex, live: Catalog, policy: OnlinePolicy, aside: Index | None) -> list[o.Op]:
    """The steps that build ``op.index`` without blocking writes (``aside``: the old index an
    interrupted swap renamed, dropped once the new one is built)."""
    new = op.index
    large = policy.is_large(live, ObjectKey("table", new.schema, new.table))
    if not large and aside is None:
        return [op]
    steps: list[o.Op] = []
    old = live.indexes.get(new.key)
    if old is not None and (not old.valid or aside is not None):
        # an invalid leftover of CREATE INDEX CONCURRENTLY (or a second change while an old
        # index is still set aside): build again; the set-aside one serves queries meanwhile
        steps.append(o.DropIndex(old, concurrently=True, replace=True))
    elif old is not None:
        aside = renamed_index(old, temp_index_name(new.name))
        steps.append(o.RenameIndex(aside, old.name, when=(o.DefinitionDiffers(new.key, new.definition),),
                                   replace=True))
    steps.append(dc_replace(op, concurrently=True))
    if aside is not None:
        steps.append(o.DropIndex(aside, concurrently=True, replace=True))
    return steps
