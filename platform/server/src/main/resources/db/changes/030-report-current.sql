--liquibase formatted sql

--changeset shequ:030-report-current splitStatements:false
--comment: the latest and the latest approved version of every report, kept current on every insert into report_version, so progress never waits for a batch
CREATE TABLE report_current (
  tenant_id         text NOT NULL,
  form_code         text NOT NULL,
  period            text NOT NULL,
  org_unit_id       text NOT NULL,
  plan_id           text NOT NULL,
  version           integer NOT NULL,
  status            text NOT NULL,
  field_values      jsonb NOT NULL,
  at                timestamptz NOT NULL,
  approved_version  integer,
  approved_values   jsonb,
  approved_at       timestamptz,
  PRIMARY KEY (tenant_id, form_code, period, org_unit_id)
);

-- The application only reads the roll-up; the trigger (owned by the schema owner) writes it.
-- RLS is enabled but not forced, so the owner's functions maintain it for every tenant.
ALTER TABLE report_current ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON report_current
  USING (tenant_id = current_setting('shequ.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('shequ.tenant_id', true));
CREATE POLICY national_read ON report_current FOR SELECT
  USING (current_setting('shequ.read_all_tenants', true) = 'on');
GRANT SELECT ON report_current TO ${appRole};

-- Folds one version into the roll-up. Both halves keep the maximum version, so the result does not
-- depend on the order in which concurrent transactions commit: the upsert locks the row and
-- compares with the latest committed state.
CREATE FUNCTION report_current_fold(r report_version) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO report_current AS rc (tenant_id, form_code, period, org_unit_id, plan_id, version,
                                    status, field_values, at, approved_version, approved_values,
                                    approved_at)
  VALUES (r.tenant_id, r.form_code, r.period, r.org_unit_id, r.plan_id, r.version, r.status,
          r.field_values, r.at,
          CASE WHEN r.status = 'APPROVED' THEN r.version END,
          CASE WHEN r.status = 'APPROVED' THEN r.field_values END,
          CASE WHEN r.status = 'APPROVED' THEN r.at END)
  ON CONFLICT (tenant_id, form_code, period, org_unit_id) DO UPDATE SET
    plan_id      = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.plan_id ELSE rc.plan_id END,
    status       = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.status ELSE rc.status END,
    field_values = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.field_values
                        ELSE rc.field_values END,
    at           = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.at ELSE rc.at END,
    version      = GREATEST(EXCLUDED.version, rc.version),
    approved_values = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                           THEN EXCLUDED.approved_values ELSE rc.approved_values END,
    approved_at     = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                           THEN EXCLUDED.approved_at ELSE rc.approved_at END,
    approved_version = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                            THEN EXCLUDED.approved_version ELSE rc.approved_version END
$$;

CREATE FUNCTION report_current_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM report_current_fold(NEW);
  RETURN NULL;
END
$$;

CREATE TRIGGER report_current_maintained AFTER INSERT ON report_version
  FOR EACH ROW EXECUTE FUNCTION report_current_on_insert();

-- Recomputes the roll-up from the versions, for every tenant (report_version forces RLS, so the
-- function reads it with the national read setting, restored before it returns). Returns the rows
-- written.
CREATE FUNCTION rebuild_report_current() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  previous text := current_setting('shequ.read_all_tenants', true);
  written bigint;
BEGIN
  LOCK TABLE report_current IN EXCLUSIVE MODE;
  PERFORM set_config('shequ.read_all_tenants', 'on', true);
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
  PERFORM set_config('shequ.read_all_tenants', coalesce(previous, ''), true);
  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION rebuild_report_current() FROM PUBLIC;
REVOKE ALL ON FUNCTION report_current_fold(report_version) FROM PUBLIC;

-- A report's numbers as the plan API reads them: JSON numbers, and booleans as 1 and 0.
CREATE FUNCTION report_number(v jsonb, field text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE jsonb_typeof(v -> field)
           WHEN 'number' THEN (v ->> field)::numeric
           WHEN 'boolean' THEN CASE WHEN (v -> field)::boolean THEN 1 ELSE 0 END
         END
$$;

CREATE FUNCTION report_text(v jsonb, field text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN jsonb_typeof(v -> field) = 'string' THEN v ->> field END
$$;

-- The tree as of a past date walks parents through every version, not only the current ones.
CREATE INDEX org_unit_version_parent_history ON org_unit_version (tenant_id, parent_id, valid_from);
--rollback DROP TABLE report_current; DROP FUNCTION rebuild_report_current(); DROP TRIGGER report_current_maintained ON report_version;
