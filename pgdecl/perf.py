"""Small helpers for the hot paths of a plan (see docs/performance.md)."""

from __future__ import annotations

import dataclasses
import gc
import operator
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

_lock = threading.Lock()
_pausing = 0                 # blocks (in any thread) inside paused_gc
_resume = False              # whether the first of them found the collector on


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off while a block builds many objects and no cycles.

    CPython starts a collection every 700 net allocations; building a catalog of tens of
    thousands of rows and dataclasses (or unpickling one) then walks the growing heap
    again and again. On a 1,000-table desired state that was 0.45 s of a 0.7 s load.
    Reference counting still frees everything as usual. Blocks may overlap in several
    threads (the live catalog is read while the desired state loads): the collector
    is back on when the last one ends, if it was on when the first one began.
    """
    global _pausing, _resume
    with _lock:
        if _pausing == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0 and _resume:
                gc.enable()


def replacer(cls: type, name: str) -> Callable[[Any, Any], Any]:
    """``replace(obj, value)``: a copy of ``obj``, an object of the slotted dataclass ``cls``,
    with its field ``name`` set to ``value``, as ``dataclasses.replace(obj, name=value)``
    gives, without ``__init__`` (which has no work to do for a copy of an object that
    was valid): a third of the time on a 16-field object, for the thousands of catalog
    objects that get their source position from the spec. A class with ``__post_init__``
    or without slots gets ``dataclasses.replace``."""
    return _replacers(cls)[name]


@lru_cache(maxsize=None)
def _replacers(cls: type) -> dict[str, Callable[[Any, Any], Any]]:
    names = tuple(field.name for field in dataclasses.fields(cls))
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return {field: (lambda obj, value, field=field: dataclasses.replace(obj, **{field: value}))
                for field in names}
    values = operator.attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),))
    setters = tuple(getattr(cls, field).__set__ for field in names)     # past a frozen class's __setattr__
    new = object.__new__

    def make(position: int) -> Callable[[Any, Any], Any]:
        def replace(obj: Any, value: Any) -> Any:
            copy = new(cls)
            for set_slot, old in zip(setters, values(obj)):
                set_slot(copy, old)
            setters[position](copy, value)
            return copy
        return replace

    return {field: make(position) for position, field in enumerate(names)}
