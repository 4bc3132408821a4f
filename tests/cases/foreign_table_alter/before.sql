CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER archive FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE public.old_orders (
  id integer NOT NULL,
  total numeric OPTIONS (column_name 'amount'),
  gone text,
  note text DEFAULT 'x'
) SERVER archive OPTIONS (table_name 'orders_2020', schema_name 'public');
