CREATE TABLE items (id bigint PRIMARY KEY, name text);
CREATE VIEW item_names AS SELECT id, name FROM items;
