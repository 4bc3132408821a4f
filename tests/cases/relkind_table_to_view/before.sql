CREATE TABLE items (id bigint PRIMARY KEY, name text);
CREATE TABLE item_stats (id bigint, n int);
CREATE VIEW item_stats_v AS SELECT id, n FROM item_stats;
GRANT SELECT ON item_stats TO PUBLIC;
