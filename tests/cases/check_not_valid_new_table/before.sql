-- lago-api's structure.sql: payments_customer_id_null CHECK (customer_id IS NOT NULL) NOT VALID
-- on a table the plan creates (CREATE TABLE would make an inline NOT VALID check valid)
SELECT 1;
