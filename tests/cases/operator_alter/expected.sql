ALTER OPERATOR "public".=== (integer, integer) SET (RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR "public".===(integer, integer) IS 'new';
