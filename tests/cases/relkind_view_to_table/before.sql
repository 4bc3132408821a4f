CREATE TABLE items (id bigint PRIMARY KEY, name text);
CREATE VIEW item_stats AS SELECT id, 1 AS n FROM items;
CREATE VIEW item_stats_v AS SELECT id, n FROM item_stats;
