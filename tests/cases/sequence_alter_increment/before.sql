CREATE SEQUENCE public.ticket_no AS bigint START 1 INCREMENT 1;
