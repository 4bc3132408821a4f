"""Comparators: two catalogs in, operations out. A pure function; never talks to a database."""

from __future__ import annotations

from pgdecl.catalog.model import Catalog, ObjectKey
from pgdecl.diff.aggregates import diff_aggregates
from pgdecl.diff.collations import diff_collations
from pgdecl.diff.context import DiffContext
from pgdecl.diff.dependents import add_dependents
from pgdecl.diff.foreign import diff_foreign_data_wrappers, diff_foreign_tables, diff_servers, diff_user_mappings
from pgdecl.diff.indexes import diff_constraints, diff_indexes
from pgdecl.diff.operator_classes import diff_operator_classes, diff_operator_families
from pgdecl.diff.operators import diff_operators
from pgdecl.diff.ops import Op
from pgdecl.diff.partitions import diff_partitions, prepare
from pgdecl.diff.casts import diff_casts
from pgdecl.diff.events import diff_event_triggers
from pgdecl.diff.rules import diff_rules
from pgdecl.diff.publications import diff_publications
from pgdecl.diff.routines import diff_functions, diff_triggers, diff_views
from pgdecl.diff.security import diff_default_privileges, diff_policies, diff_privileges, recreated_objects
from pgdecl.diff.tables import diff_extensions, diff_schemas, diff_sequences, diff_tables
from pgdecl.diff.replica import diff_replica_identity
from pgdecl.diff.statistics import diff_statistics
from pgdecl.diff.text_search import diff_text_search
from pgdecl.diff.types import diff_types

COMPARATORS = (
    diff_schemas, diff_extensions, diff_collations, diff_text_search, diff_foreign_data_wrappers, diff_servers,
    diff_user_mappings, diff_types, diff_sequences, diff_functions, diff_aggregates, diff_operators,
    diff_operator_families, diff_operator_classes, diff_foreign_tables, diff_tables,
    diff_constraints, diff_indexes, diff_statistics, diff_views, diff_policies, diff_triggers, diff_replica_identity,
    diff_default_privileges, diff_publications, diff_event_triggers, diff_rules, diff_casts,
)


def diff(live: Catalog, desired: Catalog, *, grant_targets: dict[ObjectKey, frozenset[str]] | None = None,
         default_privilege_scopes: frozenset[tuple[str, str]] | None = frozenset()) -> list[Op]:
    """The operations that turn ``live`` into ``desired`` (unordered; plan.py orders them)."""
    ctx = DiffContext(live, desired, grant_targets, default_privilege_scopes)
    # tables replaced (partition key changed) are compared as if absent from the live side,
    # so everything on them is created again; see partitions.prepare
    prepared = prepare(ctx)
    ops: list[Op] = list(prepared.ops)
    for comparator in COMPARATORS:
        ops.extend(comparator(prepared.ctx))
    ops.extend(diff_partitions(ctx, prepared.replaced))
    ops = add_dependents(ctx, ops)
    # privileges last: which objects are created afresh (and so lose or gain
    # privileges by being created) is known only once dependents are added
    return ops + list(diff_privileges(ctx, recreated_objects(ctx, ops)))
