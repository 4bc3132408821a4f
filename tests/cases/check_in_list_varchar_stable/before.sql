CREATE TABLE public.t (id bigint PRIMARY KEY, status varchar(20) NOT NULL, kind character varying);
-- as a plan or a dump restore writes it back: the deparsed text of status IN ('open', 'closed')
ALTER TABLE public.t ADD CONSTRAINT t_status_check CHECK (((status)::text = ANY ((ARRAY['open'::character varying, 'closed'::character varying])::text[])));
