"""export of foreign data wrappers (one without a handler, one of an extension: not exported)
and servers: plan against the same database is empty; rebuilt from the export, it is equal."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SCHEMA = r"""
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS file_fdw WITH SCHEMA app;
CREATE FOREIGN DATA WRAPPER pgdecl_dummy VALIDATOR postgresql_fdw_validator;
COMMENT ON FOREIGN DATA WRAPPER pgdecl_dummy IS 'no handler';
CREATE SERVER pgdecl_archive TYPE 'archive' VERSION '2' FOREIGN DATA WRAPPER pgdecl_dummy
  OPTIONS (host 'archive.internal', port '5432');
COMMENT ON SERVER pgdecl_archive IS 'the archive';
CREATE SERVER pgdecl_files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN DATA WRAPPER pgdecl_plain;
CREATE SERVER pgdecl_old FOREIGN DATA WRAPPER pgdecl_plain;
CREATE FOREIGN TABLE app.old_orders (id bigint NOT NULL, total numeric(12,2) OPTIONS (column_name 'amount'),
  note text DEFAULT 'none') SERVER pgdecl_old OPTIONS (table_name 'orders_2020');
COMMENT ON FOREIGN TABLE app.old_orders IS 'archived';
CREATE FOREIGN TABLE app.readings (line text) SERVER pgdecl_files OPTIONS (filename '/dev/null', format 'text');
CREATE VIEW app.big_old_orders AS SELECT id FROM app.old_orders WHERE total > 100;
"""


def test_export_foreign_data_wrappers_and_servers_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, SCHEMA)
    exported = export_database(source, ("app",))
    assert exported.warnings == []
    document = exported.document
    assert document["foreign_data_wrappers"] == {
        "pgdecl_dummy": {"validator": "postgresql_fdw_validator", "comment": "no handler"},
        "pgdecl_plain": {}}     # not file_fdw
    assert document["servers"] == {
        "pgdecl_archive": {"wrapper": "pgdecl_dummy", "type": "archive", "version": "2",
                           "options": {"host": "archive.internal", "port": "5432"}, "comment": "the archive"},
        "pgdecl_files": {"wrapper": "file_fdw"},
        "pgdecl_old": {"wrapper": "pgdecl_plain"},
    }
    assert document["schemas"]["app"]["foreign_tables"] == {
        "old_orders": {"server": "pgdecl_old", "options": {"table_name": "orders_2020"}, "comment": "archived",
                       "columns": {"id": "bigint not null",
                                   "total": {"type": "numeric(12,2)", "options": {"column_name": "amount"}},
                                   "note": {"type": "text", "default": "'none'::text"}}},
        "readings": {"server": "pgdecl_files", "columns": {"line": "text"},
                     "options": {"filename": "/dev/null", "format": "text"}},
    }
    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("app",))
