--liquibase formatted sql

--changeset shequ:051-idempotency-key-caller
--comment: an idempotency key belongs to the caller who used it (token issuer and subject), so nobody else can replay the answer it earned
-- Rows kept from before carry no caller ('' and ''), which no token names: they are kept as a record
-- but never replayed. The writes they guarded all carried preconditions (a report's version, or its
-- absence), so a late retry of one is refused as stale rather than applied twice.
ALTER TABLE idempotency_key
  ADD COLUMN caller_issuer  text NOT NULL DEFAULT '',
  ADD COLUMN caller_subject text NOT NULL DEFAULT '';
ALTER TABLE idempotency_key
  ALTER COLUMN caller_issuer DROP DEFAULT,
  ALTER COLUMN caller_subject DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key
  ADD PRIMARY KEY (tenant_id, caller_issuer, caller_subject, idempotency_key);
