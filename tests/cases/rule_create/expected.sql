CREATE SCHEMA IF NOT EXISTS "app";
CREATE TABLE IF NOT EXISTS "app"."accounts" (
    "id" bigint NOT NULL,
    "locked" boolean DEFAULT false NOT NULL,
    "balance" numeric DEFAULT 0 NOT NULL,
    CONSTRAINT "accounts_pkey" PRIMARY KEY (id)
);
CREATE TABLE IF NOT EXISTS "app"."audit" (
    "account" bigint,
    "note" text
);
CREATE OR REPLACE VIEW "app"."open_accounts" AS
SELECT id,
    balance
   FROM app.accounts
  WHERE (NOT locked);
CREATE OR REPLACE RULE no_delete AS
    ON DELETE TO app.accounts DO INSTEAD NOTHING;
CREATE OR REPLACE RULE insert_open AS
    ON INSERT TO app.open_accounts DO INSTEAD  INSERT INTO app.accounts (id, balance)
  VALUES (new.id, new.balance);
CREATE OR REPLACE RULE notify_updates AS
    ON UPDATE TO app.open_accounts DO (
 NOTIFY accounts_changed;
 SELECT now() AS now;
);
CREATE OR REPLACE RULE update_logged AS
    ON UPDATE TO app.open_accounts
   WHERE (new.balance < (0)::numeric) DO INSTEAD ( UPDATE app.accounts SET balance = new.balance
  WHERE (accounts.id = old.id);
 INSERT INTO app.audit (account, note)
  VALUES (old.id, 'negative balance'::text);
);
COMMENT ON RULE "no_delete" ON "app"."accounts" IS 'accounts are closed, never deleted';
