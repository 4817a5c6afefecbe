--liquibase formatted sql

--changeset shequ:101-member-registry splitStatements:false
--comment: the platform-wide part of membership: platform members (national analysts, platform admins), which identity (issuer + subject) is which member in which tenant, and pending invitations; like the tenant registry, small, read on every sign-in before any tenant is known, so without row-level security
CREATE TABLE platform_member (
  member_id     uuid PRIMARY KEY,
  username      text NOT NULL CHECK (username <> ''),
  email         text,
  display_name  text,
  issuer        text,
  subject       text,
  roles         text[] NOT NULL CHECK (cardinality(roles) > 0),
  status        text NOT NULL CHECK (status IN ('ACTIVE', 'INVITED', 'DEACTIVATED')),
  invitation_code text,
  version       integer NOT NULL,
  updated_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX platform_member_username ON platform_member (lower(username));

CREATE TABLE platform_member_version (
  member_id  uuid NOT NULL REFERENCES platform_member (member_id),
  version    integer NOT NULL,
  action     text NOT NULL,
  by_subject text NOT NULL,
  at         timestamptz NOT NULL DEFAULT now(),
  before     jsonb,
  after      jsonb NOT NULL,
  PRIMARY KEY (member_id, version)
);

-- One identity is one member: of one tenant (tenant_id) or of the platform (tenant_id NULL).
CREATE TABLE member_identity (
  issuer     text NOT NULL,
  subject    text NOT NULL,
  tenant_id  text REFERENCES tenant (tenant_id),
  member_id  uuid NOT NULL,
  bound_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX member_identity_member ON member_identity (member_id);

-- A member not yet bound to an identity: found at its first sign-in by username or e-mail, or by
-- the code it redeems.
CREATE TABLE member_invitation (
  code        text PRIMARY KEY,
  tenant_id   text REFERENCES tenant (tenant_id),
  member_id   uuid NOT NULL UNIQUE,
  username    text NOT NULL,
  email       text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_invitation_username ON member_invitation (lower(username));
CREATE INDEX member_invitation_email ON member_invitation (lower(email));

GRANT SELECT, INSERT, UPDATE ON platform_member TO ${appRole};
GRANT SELECT, INSERT ON platform_member_version TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON member_identity TO ${appRole};
GRANT SELECT, INSERT, DELETE ON member_invitation TO ${appRole};

-- Every replica caches who is whom briefly; any change of membership tells them all to forget.
CREATE FUNCTION member_change_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM pg_notify('shequ_member_change', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
CREATE TRIGGER member_change_notified AFTER INSERT OR UPDATE OR DELETE ON member
  FOR EACH STATEMENT EXECUTE FUNCTION member_change_notify();
CREATE TRIGGER member_change_notified AFTER INSERT OR UPDATE OR DELETE ON member_org_unit
  FOR EACH STATEMENT EXECUTE FUNCTION member_change_notify();
CREATE TRIGGER member_change_notified AFTER INSERT OR UPDATE OR DELETE ON platform_member
  FOR EACH STATEMENT EXECUTE FUNCTION member_change_notify();
CREATE TRIGGER member_change_notified AFTER INSERT OR UPDATE OR DELETE ON member_identity
  FOR EACH STATEMENT EXECUTE FUNCTION member_change_notify();
--rollback DROP TABLE member_invitation; DROP TABLE member_identity; DROP TABLE platform_member_version; DROP TABLE platform_member; DROP FUNCTION member_change_notify();
