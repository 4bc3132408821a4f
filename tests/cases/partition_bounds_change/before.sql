CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int CHECK (peaktemp < 100)) PARTITION BY RANGE (logdate);
CREATE INDEX measurement_logdate_idx ON measurement (logdate);
CREATE TABLE measurement_h1 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE measurement_h2 PARTITION OF measurement FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
INSERT INTO measurement VALUES (1, '2024-02-01', 20), (1, '2024-08-01', 30);
