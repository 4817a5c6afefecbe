--liquibase formatted sql

--changeset shequ:053-report-latest-submissions
--comment: the region admin's home lists a period's latest submissions; this index makes that a short scan instead of a sort of every version of the period
CREATE INDEX report_version_latest_submissions ON report_version (tenant_id, period, at DESC)
  WHERE action = 'SUBMIT';
--rollback DROP INDEX report_version_latest_submissions;
