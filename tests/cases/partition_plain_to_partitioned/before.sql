CREATE TABLE city (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE visit (id bigint NOT NULL, city_id int NOT NULL REFERENCES city, at date NOT NULL);
CREATE INDEX visit_city_idx ON visit (city_id);
COMMENT ON TABLE visit IS 'visits';
