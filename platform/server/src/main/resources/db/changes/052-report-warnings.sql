--liquibase formatted sql

--changeset shequ:052-report-warnings
--comment: the plan's warnings (broken WARNING rules) stored with each report version: they never block saving or submitting, but reviewers and progress show them. Progress counts them by joining report_current to the counted version, so the roll-up trigger stays as it is.
ALTER TABLE report_version ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb;
