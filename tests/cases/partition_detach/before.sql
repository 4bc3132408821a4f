CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, total numeric, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE INDEX orders_total_idx ON orders (total);
CREATE TABLE orders_2023 PARTITION OF orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO orders VALUES (1, '2023-03-01', 10), (2, '2024-03-01', 20);
