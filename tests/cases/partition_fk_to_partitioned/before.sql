CREATE TABLE account (id bigint NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE account_eu PARTITION OF account FOR VALUES IN ('eu');
CREATE TABLE account_us PARTITION OF account FOR VALUES IN ('us');
CREATE TABLE invoice (id bigint PRIMARY KEY, account_id bigint NOT NULL, region text NOT NULL);
