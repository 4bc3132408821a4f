CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, locked boolean NOT NULL DEFAULT false, note varchar(20));
CREATE TABLE app.audit (account bigint, note text);
CREATE RULE no_delete AS ON DELETE TO app.accounts DO INSTEAD NOTHING;
CREATE RULE log_update AS ON UPDATE TO app.accounts DO ALSO INSERT INTO app.audit VALUES (old.id, old.note);
CREATE RULE gone AS ON INSERT TO app.accounts WHERE new.locked DO INSTEAD NOTHING;
