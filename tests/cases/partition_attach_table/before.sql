CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, total numeric CONSTRAINT orders_total_check CHECK (total >= 0), PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE INDEX orders_total_idx ON orders (total);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- an archive table loaded on its own, to become a partition: the same columns, an index like
-- the parent's (adopted by ATTACH), but no NOT NULL on placed and no CHECK (both added first)
CREATE TABLE orders_2023 (id bigint NOT NULL, placed date, total numeric);
CREATE INDEX orders_2023_total ON orders_2023 (total);
INSERT INTO orders_2023 VALUES (1, '2023-03-01', 10);
