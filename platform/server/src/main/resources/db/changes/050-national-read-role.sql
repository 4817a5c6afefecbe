--liquibase formatted sql

--changeset shequ:050-national-read-role splitStatements:false
--comment: national (all-tenant) reads get a read-only role of their own; no setting widens the application role beyond its tenant any more
-- The national role reads every tenant and writes nothing. It must not be able to bypass row-level
-- security, and the application role must not be able to become it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${nationalRole}') THEN
    CREATE ROLE ${nationalRole} NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${nationalRole}' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role ${nationalRole} must be NOSUPERUSER NOBYPASSRLS: it reads through row-level security';
  END IF;
  IF pg_has_role('${appRole}', '${nationalRole}', 'MEMBER') THEN
    RAISE EXCEPTION 'role ${appRole} must not be a member of ${nationalRole}: the application would read every tenant';
  END IF;
  IF pg_has_role('${nationalRole}', '${appRole}', 'MEMBER') THEN
    RAISE EXCEPTION 'role ${nationalRole} must not be a member of ${appRole}: national reads would inherit its writes';
  END IF;
END
$$;

-- Exactly what the national comparison reads: the org-unit tree, the current reports and the
-- progress roll-ups. Nothing else, and no write.
GRANT USAGE ON SCHEMA public TO ${nationalRole};
GRANT SELECT ON org_unit, org_unit_version, report_current, progress_rollup, progress_rollup_state
  TO ${nationalRole};

-- Every policy that let a session setting (shequ.read_all_tenants) open all tenants goes: the
-- application role could set it itself.
DO $$
DECLARE
  p record;
BEGIN
  FOR p IN SELECT tablename, policyname FROM pg_policies
           WHERE schemaname = 'public'
             AND (coalesce(qual, '') LIKE '%shequ.read_all_tenants%'
                  OR coalesce(with_check, '') LIKE '%shequ.read_all_tenants%')
  LOOP
    EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
  END LOOP;
END
$$;

-- Every tenant table admits the national role's reads of every tenant; its grants above decide
-- which of them it may read at all.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['org_unit', 'org_unit_version', 'org_unit_lineage', 'report_version',
                           'idempotency_key', 'reporting_calendar', 'audit_log', 'report_current',
                           'progress_rollup', 'progress_rollup_state']
  LOOP
    EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${nationalRole} USING (true)', t);
  END LOOP;
END
$$;

-- rebuild_report_current() runs as the schema owner and reads every tenant's report versions;
-- report_version forces row-level security on its owner too, so the owner (and only the owner)
-- gets a read policy of its own. Its writes stay bound to the tenant set for the transaction.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY owner_read ON report_version FOR SELECT TO %I USING (true)',
                 (SELECT pg_get_userbyid(relowner) FROM pg_class
                  WHERE oid = 'public.report_version'::regclass));
END
$$;

-- Recomputes the roll-up from the versions, for every tenant, reading them through the owner's
-- policy. Returns the rows written.
CREATE OR REPLACE FUNCTION rebuild_report_current() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  written bigint;
BEGIN
  LOCK TABLE report_current IN EXCLUSIVE MODE;
  DELETE FROM report_current;
  INSERT INTO report_current (tenant_id, form_code, period, org_unit_id, plan_id, version, status,
                              field_values, at, approved_version, approved_values, approved_at)
  SELECT l.tenant_id, l.form_code, l.period, l.org_unit_id, l.plan_id, l.version, l.status,
         l.field_values, l.at, a.version, a.field_values, a.at
  FROM (SELECT DISTINCT ON (tenant_id, form_code, period, org_unit_id) *
        FROM report_version
        ORDER BY tenant_id, form_code, period, org_unit_id, version DESC) l
  LEFT JOIN (SELECT DISTINCT ON (tenant_id, form_code, period, org_unit_id) *
             FROM report_version WHERE status = 'APPROVED'
             ORDER BY tenant_id, form_code, period, org_unit_id, version DESC) a
    USING (tenant_id, form_code, period, org_unit_id);
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION rebuild_report_current() FROM PUBLIC;
