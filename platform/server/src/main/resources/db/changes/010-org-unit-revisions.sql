--liquibase formatted sql

--changeset shequ:010-org-unit-revisions
--comment: several changes to one unit on the same day each keep their own version (numbered by revision, 1 for a unit's first); the division code becomes part of a version, since it can be corrected later
ALTER TABLE org_unit_version ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE org_unit_version DROP CONSTRAINT org_unit_version_pkey;
ALTER TABLE org_unit_version ADD PRIMARY KEY (tenant_id, org_unit_id, revision);
-- A version superseded on the day it began is closed with valid_to = valid_from: valid on no day,
-- yet still in the unit's history.
ALTER TABLE org_unit_version DROP CONSTRAINT org_unit_version_check;
ALTER TABLE org_unit_version ADD CONSTRAINT org_unit_version_period CHECK (valid_to IS NULL OR valid_to >= valid_from);
ALTER TABLE org_unit_version ADD COLUMN division_code text CHECK (division_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$');
CREATE INDEX org_unit_version_as_of ON org_unit_version (tenant_id, valid_from, valid_to);
--rollback DROP INDEX org_unit_version_as_of; ALTER TABLE org_unit_version DROP COLUMN division_code; ALTER TABLE org_unit_version DROP CONSTRAINT org_unit_version_period; ALTER TABLE org_unit_version DROP CONSTRAINT org_unit_version_pkey; ALTER TABLE org_unit_version ADD PRIMARY KEY (tenant_id, org_unit_id, valid_from); ALTER TABLE org_unit_version ADD CHECK (valid_to IS NULL OR valid_to > valid_from); ALTER TABLE org_unit_version DROP COLUMN revision;
