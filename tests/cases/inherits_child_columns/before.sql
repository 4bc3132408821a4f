CREATE TABLE base (id bigint NOT NULL, created timestamptz DEFAULT now());
CREATE TABLE child (extra text) INHERITS (base);
