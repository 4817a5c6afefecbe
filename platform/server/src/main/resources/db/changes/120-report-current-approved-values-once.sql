--liquibase formatted sql

--changeset shequ:120-report-current-approved-values-once splitStatements:false
--comment: report_current keeps approved_values only while a newer version stands over the approved one; when the latest version is the approved one its values are field_values, read as such. An approved report's row no longer carries its values twice, so every row is about the same size and a new report's row is appended instead of filling the room a long row left on one of a million old pages (which wrote a full page image per new report after each checkpoint)

-- The approved values of a row, as every reader must read them.
CREATE FUNCTION report_current_approved_values(rc report_current) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN rc.approved_version = rc.version THEN rc.field_values
              ELSE rc.approved_values END
$$;

CREATE OR REPLACE FUNCTION report_current_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO report_current AS rc (tenant_id, form_code, period, org_unit_id, plan_id, version,
                                    status, field_values, at, approved_version, approved_values,
                                    approved_at)
  SELECT l.tenant_id, l.form_code, l.period, l.org_unit_id, l.plan_id, l.version, l.status,
         l.field_values, l.at, a.version,
         CASE WHEN a.version < l.version THEN a.field_values END, a.at
  FROM (SELECT DISTINCT ON (tenant_id, form_code, period, org_unit_id) *
        FROM inserted
        ORDER BY tenant_id, form_code, period, org_unit_id, version DESC) l
  LEFT JOIN (SELECT DISTINCT ON (tenant_id, form_code, period, org_unit_id) *
             FROM inserted WHERE status = 'APPROVED'
             ORDER BY tenant_id, form_code, period, org_unit_id, version DESC) a
    USING (tenant_id, form_code, period, org_unit_id)
  ON CONFLICT (tenant_id, form_code, period, org_unit_id) DO UPDATE SET
    plan_id      = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.plan_id ELSE rc.plan_id END,
    status       = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.status ELSE rc.status END,
    field_values = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.field_values
                        ELSE rc.field_values END,
    at           = CASE WHEN EXCLUDED.version > rc.version THEN EXCLUDED.at ELSE rc.at END,
    version      = GREATEST(EXCLUDED.version, rc.version),
    -- Both sides keep the maximum; the values are stored only when the approved version ends up
    -- below the latest one. EXCLUDED's approved_values is null when its approved version is its
    -- latest, whose values are then its field_values; so is the stored row's.
    approved_values = CASE
      WHEN GREATEST(EXCLUDED.approved_version, rc.approved_version)
           = GREATEST(EXCLUDED.version, rc.version) THEN NULL
      WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
        THEN coalesce(EXCLUDED.approved_values, EXCLUDED.field_values)
      ELSE report_current_approved_values(rc) END,
    approved_at     = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                           THEN EXCLUDED.approved_at ELSE rc.approved_at END,
    approved_version = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                            THEN EXCLUDED.approved_version ELSE rc.approved_version END;
  RETURN NULL;
END
$$;

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
         l.field_values, l.at, a.version,
         CASE WHEN a.version < l.version THEN a.field_values END, a.at
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

UPDATE report_current SET approved_values = NULL
WHERE approved_version = version AND approved_values IS NOT NULL;

ALTER TABLE report_current ADD CONSTRAINT approved_values_only_below_latest
  CHECK (approved_values IS NULL OR approved_version < version);
--rollback ALTER TABLE report_current DROP CONSTRAINT approved_values_only_below_latest; UPDATE report_current SET approved_values = field_values WHERE approved_version = version; DROP FUNCTION report_current_approved_values(report_current);
