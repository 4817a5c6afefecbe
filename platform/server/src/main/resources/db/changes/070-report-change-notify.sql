--liquibase formatted sql

--changeset shequ:070-report-change-notify splitStatements:false
--comment: announce every committed report change on the channel shequ_report_change, whatever wrote it (any replica, any route, a batch load with triggers on), so open dashboards re-read within a second
-- One notification per tenant, form, period and status a statement touched, with no org unit and
-- no values: reporters may listen too. NOTIFY is transactional, so a rolled-back change announces
-- nothing, and PostgreSQL delivers identical payloads of one transaction once. A payload must stay
-- under 8000 bytes or pg_notify fails the write; tenant ids and form codes are short, but a write
-- is never refused for an announcement, so an oversized one is skipped.
CREATE FUNCTION report_change_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM pg_notify('shequ_report_change', c.payload)
  FROM (SELECT json_build_object('tenant', tenant_id, 'formCode', form_code,
                                 'period', period::integer, 'status', status)::text AS payload
        FROM inserted
        GROUP BY tenant_id, form_code, period, status
        ORDER BY tenant_id, form_code, period, status) c
  WHERE octet_length(c.payload) < 8000;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_change_notified AFTER INSERT ON report_version
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
  EXECUTE FUNCTION report_change_notify();
--rollback DROP TRIGGER report_change_notified ON report_version; DROP FUNCTION report_change_notify();
