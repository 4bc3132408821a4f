CREATE TABLE base (id bigint NOT NULL, created timestamptz DEFAULT now());
CREATE TABLE other (id bigint NOT NULL, label text);
CREATE TABLE leaving (extra text) INHERITS (base);
CREATE TABLE joining (id bigint NOT NULL, extra text);
INSERT INTO leaving VALUES (1, now(), 'x');
