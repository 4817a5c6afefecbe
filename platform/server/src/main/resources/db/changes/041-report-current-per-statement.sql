--liquibase formatted sql

--changeset shequ:041-report-current-per-statement splitStatements:false
--comment: keep report_current with one set-based upsert per INSERT statement instead of one per row, so batch inserts (demo data, imports) do not pay a function call and an index probe per report
DROP TRIGGER report_current_maintained ON report_version;
DROP FUNCTION report_current_on_insert();
DROP FUNCTION report_current_fold(report_version);

-- Folds every version a statement inserted into the roll-up. Within the statement, only each
-- report's highest version and highest approved version matter (an upsert may touch a row once);
-- against the stored row, both halves keep the maximum version, so the result does not depend on
-- the order in which concurrent transactions commit.
CREATE FUNCTION report_current_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO report_current AS rc (tenant_id, form_code, period, org_unit_id, plan_id, version,
                                    status, field_values, at, approved_version, approved_values,
                                    approved_at)
  SELECT l.tenant_id, l.form_code, l.period, l.org_unit_id, l.plan_id, l.version, l.status,
         l.field_values, l.at, a.version, a.field_values, a.at
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
    approved_values = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                           THEN EXCLUDED.approved_values ELSE rc.approved_values END,
    approved_at     = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                           THEN EXCLUDED.approved_at ELSE rc.approved_at END,
    approved_version = CASE WHEN EXCLUDED.approved_version > coalesce(rc.approved_version, 0)
                            THEN EXCLUDED.approved_version ELSE rc.approved_version END;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION report_current_on_insert() FROM PUBLIC;

CREATE TRIGGER report_current_maintained AFTER INSERT ON report_version
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
  EXECUTE FUNCTION report_current_on_insert();
--rollback DROP TRIGGER report_current_maintained ON report_version; DROP FUNCTION report_current_on_insert();
