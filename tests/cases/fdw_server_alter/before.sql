CREATE FOREIGN DATA WRAPPER dummy OPTIONS (debug 'true');
CREATE FOREIGN DATA WRAPPER other;
CREATE SERVER archive TYPE 'archive' VERSION '1.0' FOREIGN DATA WRAPPER dummy OPTIONS (host 'old.internal', port '5432', dbname 'x');
CREATE SERVER unlisted FOREIGN DATA WRAPPER dummy;
