DO $$ BEGIN CREATE ROLE pgdecl_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE items (id bigint PRIMARY KEY, name text);
CREATE TABLE item_stats (id bigint, n int);
CREATE VIEW item_stats_v AS SELECT id, n FROM item_stats;
GRANT SELECT ON item_stats TO PUBLIC;
GRANT SELECT, UPDATE (n) ON item_stats TO pgdecl_case_reader;
