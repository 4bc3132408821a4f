ALTER OPERATOR "public".<<< (integer, integer) SET (COMMUTATOR = OPERATOR("public".>>>));
ALTER OPERATOR "public".=== (integer, integer) SET (COMMUTATOR = OPERATOR("public".===), HASHES, MERGES);
