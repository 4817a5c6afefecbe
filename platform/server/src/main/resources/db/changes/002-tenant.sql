--liquibase formatted sql

--changeset shequ:002-tenant
--comment: the tenant registry, provisioned from tenants/*.yaml; a tenant is never deleted, only deactivated
CREATE TABLE tenant (
  tenant_id      text PRIMARY KEY CHECK (tenant_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_zh        text NOT NULL,
  name_en        text NOT NULL,
  division_code  char(6) NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
  admin_level    text NOT NULL,
  plan_ids       text[] NOT NULL DEFAULT '{}',
  active         boolean NOT NULL DEFAULT true,
  source_file    text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};
--rollback DROP TABLE tenant;
