--liquibase formatted sql

--changeset shequ:115-tenant-change-notify splitStatements:false
--comment: announce every committed change of the tenant registry on the channel shequ_tenants, whatever wrote it (a tenant file, the API, an operator's SQL), so every replica drops its cached registry at once
-- One notification per statement, without a payload: a replica reloads the whole (small) registry.
-- NOTIFY is transactional, so a rolled-back change announces nothing.
CREATE FUNCTION tenant_change_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM pg_notify('shequ_tenants', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER tenant_change_notified AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tenant
  FOR EACH STATEMENT EXECUTE FUNCTION tenant_change_notify();
--rollback DROP TRIGGER tenant_change_notified ON tenant; DROP FUNCTION tenant_change_notify();
