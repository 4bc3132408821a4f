CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, PRIMARY KEY (city_id, logdate)) PARTITION BY RANGE (logdate);
CREATE INDEX measurement_peaktemp_idx ON measurement (peaktemp);
CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurement_rest PARTITION OF measurement DEFAULT;
INSERT INTO measurement VALUES (1, '2024-05-01', 20), (1, '2023-05-01', 19);
