CREATE TABLE parent (id bigint NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE parent_eu PARTITION OF parent FOR VALUES IN ('eu');
CREATE TABLE z_child (id bigint PRIMARY KEY, pid bigint, region text, FOREIGN KEY (pid, region) REFERENCES parent);
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, a_id bigint REFERENCES z_child, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE keep (id bigint PRIMARY KEY);
