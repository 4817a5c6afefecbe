--liquibase formatted sql

--changeset shequ:060-tenant-runtime
--comment: tenants are created and changed through the API as well as by tenants/*.yaml: each row says which one manages it, and every change of a tenant is kept as a revision (who, when, what it became)
-- Every tenant so far came from a file.
ALTER TABLE tenant
  ADD COLUMN source text NOT NULL DEFAULT 'FILE' CHECK (source IN ('FILE', 'API'));

-- The tenant as each change left it. Tenants belong to the platform, not to a tenant, so this table
-- has no row-level security, like the tenant table itself.
CREATE TABLE tenant_revision (
  revision_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id      text NOT NULL REFERENCES tenant (tenant_id),
  at             timestamptz NOT NULL DEFAULT now(),
  actor          text NOT NULL,
  action         text NOT NULL,
  name_zh        text NOT NULL,
  name_en        text NOT NULL,
  division_code  char(6) NOT NULL,
  admin_level    text NOT NULL,
  plan_ids       text[] NOT NULL,
  active         boolean NOT NULL,
  source         text NOT NULL
);
CREATE INDEX tenant_revision_tenant ON tenant_revision (tenant_id, revision_id);
GRANT SELECT, INSERT ON tenant_revision TO ${appRole};
--rollback DROP TABLE tenant_revision; ALTER TABLE tenant DROP COLUMN source;
