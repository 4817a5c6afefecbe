--liquibase formatted sql

--changeset shequ:004-report
--comment: reports are append-only versions; the application may insert and read, never update or delete
CREATE TABLE report_version (
  tenant_id      text NOT NULL,
  form_code      text NOT NULL,
  org_unit_id    text NOT NULL,
  period         text NOT NULL CHECK (period ~ '^[0-9]{4}$'),
  version        integer NOT NULL CHECK (version >= 1),
  plan_id        text NOT NULL,
  status         text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
  action         text NOT NULL CHECK (action IN ('SAVE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN')),
  field_values   jsonb NOT NULL,
  changes        jsonb NOT NULL DEFAULT '{}',
  comment        text CHECK (length(comment) <= 2000),
  late           boolean NOT NULL DEFAULT false,
  actor          text NOT NULL,
  at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, form_code, org_unit_id, period, version),
  FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, org_unit_id)
);
CREATE INDEX report_version_period ON report_version (tenant_id, form_code, period);

-- A retried write with the same key gets the first answer again and changes nothing.
CREATE TABLE idempotency_key (
  tenant_id       text NOT NULL,
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  request_hash    text NOT NULL,
  response_status integer NOT NULL,
  response_etag   text,
  response_body   jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, idempotency_key)
);

-- When each period of a form is open for reporting; a submission after closes is accepted, flagged late.
CREATE TABLE reporting_calendar (
  tenant_id   text NOT NULL REFERENCES tenant (tenant_id),
  form_code   text NOT NULL,
  period      text NOT NULL CHECK (period ~ '^[0-9]{4}$'),
  opens       date NOT NULL,
  closes      date NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, form_code, period),
  CHECK (closes >= opens)
);

-- Every administrative step: who did what to which resource, and when.
CREATE TABLE audit_log (
  tenant_id  text NOT NULL,
  audit_id   bigint GENERATED ALWAYS AS IDENTITY,
  at         timestamptz NOT NULL DEFAULT now(),
  actor      text NOT NULL,
  action     text NOT NULL,
  resource   text NOT NULL,
  detail     jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, audit_id)
);

GRANT SELECT, INSERT ON report_version TO ${appRole};
GRANT SELECT, INSERT ON idempotency_key TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON reporting_calendar TO ${appRole};
GRANT SELECT, INSERT ON audit_log TO ${appRole};
