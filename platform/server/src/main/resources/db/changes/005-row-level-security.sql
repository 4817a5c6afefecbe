--liquibase formatted sql

--changeset shequ:005-row-level-security splitStatements:false
--comment: every tenant table admits only the tenant set for the transaction (shequ.tenant_id); national reads set shequ.read_all_tenants and may only read
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['org_unit', 'org_unit_version', 'org_unit_lineage', 'report_version',
                           'idempotency_key', 'reporting_calendar', 'audit_log']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''shequ.tenant_id'', true)) WITH CHECK (tenant_id = current_setting(''shequ.tenant_id'', true))', t);
    EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT USING (current_setting(''shequ.read_all_tenants'', true) = ''on'')', t);
  END LOOP;
END
$$;
