--liquibase formatted sql

--changeset shequ:100-member splitStatements:false
--comment: tenant members kept in Shequ (issue 15): who works in a tenant, with which roles and, for reporters, which org units; every change is a version with who, when, before and after
CREATE TABLE member (
  tenant_id     text NOT NULL REFERENCES tenant (tenant_id),
  member_id     uuid NOT NULL,
  username      text NOT NULL CHECK (username <> ''),
  email         text,
  display_name  text,
  -- Set once the member is bound to an identity (at once in the embedded default, else at the
  -- first sign-in or when an invitation is redeemed); member_identity keeps it unique platform-wide.
  issuer        text,
  subject       text,
  roles         text[] NOT NULL CHECK (cardinality(roles) > 0),
  status        text NOT NULL CHECK (status IN ('ACTIVE', 'INVITED', 'DEACTIVATED')),
  invitation_code text,
  version       integer NOT NULL,
  updated_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, member_id)
);
CREATE UNIQUE INDEX member_username ON member (tenant_id, lower(username));

CREATE TABLE member_org_unit (
  tenant_id    text NOT NULL,
  member_id    uuid NOT NULL,
  org_unit_id  text NOT NULL,
  PRIMARY KEY (tenant_id, member_id, org_unit_id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, org_unit_id)
);

-- Append-only: the member as each change left it, and as it was before.
CREATE TABLE member_version (
  tenant_id  text NOT NULL,
  member_id  uuid NOT NULL,
  version    integer NOT NULL,
  action     text NOT NULL,
  by_subject text NOT NULL,
  at         timestamptz NOT NULL DEFAULT now(),
  before     jsonb,
  after      jsonb NOT NULL,
  PRIMARY KEY (tenant_id, member_id, version),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id)
);

GRANT SELECT, INSERT, UPDATE ON member TO ${appRole};
GRANT SELECT, INSERT, DELETE ON member_org_unit TO ${appRole};
GRANT SELECT, INSERT ON member_version TO ${appRole};

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['member', 'member_org_unit', 'member_version']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''shequ.tenant_id'', true)) WITH CHECK (tenant_id = current_setting(''shequ.tenant_id'', true))', t);
  END LOOP;
END
$$;
--rollback DROP TABLE member_version; DROP TABLE member_org_unit; DROP TABLE member;
