"""export of partitioned tables: partition_by / partition_of written, inherited columns, constraints,
indexes and triggers left out; the export plans to nothing against its database and rebuilds equal."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sql
from harness import check_export_round_trip
from pgdecl.export import export_database

SCHEMA = r"""
CREATE SCHEMA shop;
CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE shop.payment (
  id bigserial, customer_id int NOT NULL, amount numeric(5,2) CHECK (amount >= 0), paid_at timestamptz NOT NULL,
  PRIMARY KEY (paid_at, id)) PARTITION BY RANGE (paid_at);
CREATE INDEX payment_customer ON shop.payment (customer_id);
CREATE TRIGGER payment_touch BEFORE UPDATE ON shop.payment FOR EACH ROW EXECUTE FUNCTION shop.touch();
CREATE TABLE shop.payment_2024 PARTITION OF shop.payment FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
-- like pg_dump writes a partition: a table of its own, attached afterwards
CREATE TABLE shop.payment_2025 (id bigint DEFAULT nextval('shop.payment_id_seq') NOT NULL, customer_id int NOT NULL,
  amount numeric(5,2) CONSTRAINT payment_amount_check CHECK (amount >= 0), paid_at timestamptz NOT NULL);
ALTER TABLE shop.payment ATTACH PARTITION shop.payment_2025 FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE shop.payment_rest PARTITION OF shop.payment DEFAULT;
CREATE INDEX payment_rest_amount ON shop.payment_rest (amount);
ALTER TABLE shop.payment_rest ADD CONSTRAINT payment_rest_old CHECK (paid_at < '2030-01-01');
CREATE TABLE shop.refund (id int PRIMARY KEY, paid_at timestamptz, payment_id bigint,
  FOREIGN KEY (paid_at, payment_id) REFERENCES shop.payment);
CREATE TABLE shop.event (region text NOT NULL, kind text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE shop.event_eu PARTITION OF shop.event FOR VALUES IN ('de', 'fr') PARTITION BY HASH (kind);
CREATE TABLE shop.event_eu_0 PARTITION OF shop.event_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE shop.event_eu_1 PARTITION OF shop.event_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
"""


def test_export_partitions_round_trip(make_db, tmp_path: Path) -> None:
    source = make_db()
    run_sql(source, SCHEMA)
    exported = export_database(source, ("shop",))
    assert exported.warnings == []
    tables = exported.document["schemas"]["shop"]["tables"]
    assert tables["payment"]["partition_by"] == "RANGE (paid_at)"
    assert tables["payment_2024"] == {"partition_of": {
        "table": "payment", "bounds": "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"}}
    assert tables["payment_2025"] == {"partition_of": {
        "table": "payment", "bounds": "FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00')"}}
    assert tables["payment_rest"] == {
        "partition_of": {"table": "payment", "bounds": "DEFAULT"},
        "constraints": {"payment_rest_old": {"check": "(paid_at < '2030-01-01 00:00:00+00'::timestamp with time zone)"}},
        "indexes": {"payment_rest_amount": {"columns": ["amount"]}}}
    assert tables["event_eu"] == {"partition_of": {"table": "event", "bounds": "FOR VALUES IN ('de', 'fr')"},
                                  "partition_by": "HASH (kind)"}
    assert "partition_of" not in tables["refund"]

    check_export_round_trip(exported, source, make_db(), tmp_path / "schema.yaml", ("shop",))
