--liquibase formatted sql

--changeset shequ:090-report-version-warned
--comment: progress counts a period's reports with warnings on every read; without this index that meant checking every version of the period (30,000 per street office) for the few with warnings. Only versions with warnings are in it, so report writes without warnings do not touch it.
CREATE INDEX report_version_warned ON report_version (tenant_id, period)
  WHERE warnings <> '[]'::jsonb;
--rollback DROP INDEX report_version_warned;
