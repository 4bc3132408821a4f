CREATE TABLE log (id serial, at date NOT NULL, level text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE log_2024 PARTITION OF log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX log_level_idx ON log (level);
CREATE VIEW log_errors AS SELECT id, at FROM log WHERE level = 'error';
INSERT INTO log (at, level) VALUES ('2024-01-02', 'error');
