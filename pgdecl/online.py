"""Online changes: which steps run CONCURRENTLY / NOT VALID, decided from live table sizes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from pgdecl.catalog.model import Catalog, Index, ObjectKey
from pgdecl.diff import ops as o
from pgdecl.errors import PgdeclError

DEFAULT_THRESHOLD_BYTES = 10 * 1024 * 1024       # 10 MB, pg_total_relation_size
TEMP_SUFFIX = "_pgdecl_new"

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


def temp_index_name(name: str) -> str:
    """Name of the index built concurrently before it replaces ``name`` (≤ 63 bytes)."""
    candidate = name + TEMP_SUFFIX
    if len(candidate.encode()) <= 63:
        return candidate
    return "pgdecl_new_" + hashlib.sha1(name.encode()).hexdigest()[:16]


def _split_definition(definition: str) -> tuple[str, str, str]:
    """'CREATE INDEX name ON …' → ('CREATE INDEX ', 'name', ' ON …'); the name may be quoted."""
    for prefix in ("CREATE UNIQUE INDEX ", "CREATE INDEX "):
        if definition.startswith(prefix):
            rest = definition[len(prefix):]
            if rest.startswith('"'):
                end = 1
                while True:
                    end = rest.index('"', end)
                    if rest[end:end + 2] == '""':
                        end += 2
                        continue
                    break
                return prefix, rest[:end + 1], rest[end + 1:]
            name, space, tail = rest.partition(" ")
            return prefix, name, space + tail
    raise ValueError(f"unexpected index definition {definition!r}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def renamed_index(index: Index, name: str) -> Index:
    prefix, _, tail = _split_definition(index.definition)
    return dc_replace(index, name=name, definition=prefix + _quote(name) + tail, comment=None)


def same_shape(a: Index, b: Index) -> bool:
    """Equal definitions apart from the index name."""
    return _split_definition(a.definition)[2] == _split_definition(b.definition)[2]


def make_online(ops: list[o.Op], live: Catalog, policy: OnlinePolicy) -> list[o.Op]:
    """Rewrite an ordered list of operations so that big tables keep taking writes.

    * indexes: CREATE/DROP INDEX CONCURRENTLY after the transaction commits; a changed
      index is swapped (build under a temporary name, drop the old, rename), and the
      leftovers of an interrupted swap or build are finished on the next run;
    * foreign keys and checks: ADD … NOT VALID in the transaction, VALIDATE after commit;
      a NOT VALID leftover of an interrupted run is only validated.
    """
    def table_of(index: Index) -> ObjectKey:
        return ObjectKey("table", index.schema, index.table)

    created = {op.key: op for op in ops if isinstance(op, o.CreateIndex)}
    replaced_index = {op.key for op in ops if isinstance(op, o.DropIndex) and op.replace and op.key in created}
    added = {op.key: op for op in ops if isinstance(op, o.AddConstraint)}
    revalidated = set()
    for op in ops:
        if isinstance(op, o.DropConstraint) and op.replace and op.key in added:
            new = added[op.key].constraint
            if op.constraint.definition == new.definition + " NOT VALID":
                revalidated.add(op.key)
    # temporary indexes of swaps (live, not desired): handled with the index they replace
    temps = [_temp_key(key) for key in created]
    leftovers = {key: live.indexes[key] for key in temps if key in live.indexes}

    result: list[o.Op] = []
    for op in ops:
        match op:
            case o.DropIndex() if op.key in leftovers:
                continue                            # folded into the swap of the index it was built for
            case o.DropIndex() if op.key in replaced_index and \
                    (policy.is_large(live, table_of(op.index)) or _temp_key(op.key) in leftovers):
                continue                            # the online swap drops it after the new one is built
            case o.DropIndex() if not op.replace and policy.is_large(live, table_of(op.index)):
                result.append(dc_replace(op, when=(), concurrently=True))
            case o.CreateIndex():
                result.extend(_online_index(op, live, policy, leftovers))
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


def _online_index(op: o.CreateIndex, live: Catalog, policy: OnlinePolicy,
                  leftovers: dict[ObjectKey, Index]) -> list[o.Op]:
    new = op.index
    temp = renamed_index(new, temp_index_name(new.name))
    leftover = leftovers.get(temp.key)
    large = policy.is_large(live, ObjectKey("table", new.schema, new.table))
    if not large and leftover is None:
        return [op]
    steps: list[o.Op] = []
    old = live.indexes.get(new.key)
    if leftover is not None and (not leftover.valid or not same_shape(leftover, new)):
        steps.append(o.DropIndex(leftover, concurrently=True, replace=True))   # interrupted build: start again
        leftover = None
    if old is None:
        if leftover is not None:       # interrupted after the old index was dropped: only the rename is left
            return steps + [o.RenameIndex(new, temp.name)]
        return steps + [dc_replace(op, concurrently=True)]
    if not old.valid:                  # an invalid leftover of CREATE INDEX CONCURRENTLY: rebuild in place
        return steps + [o.DropIndex(old, concurrently=True, replace=True), dc_replace(op, concurrently=True)]
    if leftover is None:
        steps.append(o.CreateIndex(temp, concurrently=True, replace=True))
    return steps + [o.DropIndex(old, concurrently=True, replace=True), o.RenameIndex(new, temp.name, replace=True)]
