--liquibase formatted sql

--changeset shequ:080-report-batch
--comment: every stored batch upload of reports, by the SHA-256 of its file, so the same file sent again is recognised and the answer can name the earlier upload
CREATE TABLE report_batch (
  tenant_id  text NOT NULL,
  batch_id   bigint GENERATED ALWAYS AS IDENTITY,
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  at         timestamptz NOT NULL DEFAULT now(),
  actor      text NOT NULL,
  form_code  text NOT NULL,
  period     text NOT NULL,
  action     text NOT NULL CHECK (action IN ('SAVE', 'SUBMIT')),
  partial    boolean NOT NULL,
  rows       integer NOT NULL,
  stored     integer NOT NULL,
  unchanged  integer NOT NULL,
  refused    integer NOT NULL,
  PRIMARY KEY (tenant_id, batch_id)
);
CREATE INDEX report_batch_file ON report_batch (tenant_id, file_sha256, at DESC);

-- A tenant table like the others: only the tenant set for the transaction, even for its owner.
ALTER TABLE report_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_batch FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON report_batch
  USING (tenant_id = current_setting('shequ.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('shequ.tenant_id', true));
GRANT SELECT, INSERT ON report_batch TO ${appRole};
--rollback DROP TABLE report_batch;
