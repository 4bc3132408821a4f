CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a);
CREATE TABLE keep (id bigint PRIMARY KEY);
