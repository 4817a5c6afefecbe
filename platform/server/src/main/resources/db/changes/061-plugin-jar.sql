--liquibase formatted sql

--changeset shequ:061-plugin-jar
--comment: plugin jars installed through the API live in the database, so every replica loads the same ones and none is lost with a replica's disk; they are platform-wide (no tenant, no row-level security)
CREATE TABLE plugin_jar (
  plugin_id     text PRIMARY KEY,
  version       text NOT NULL,
  jar           bytea NOT NULL,
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  enabled       boolean NOT NULL DEFAULT true,
  installed_by  text NOT NULL,
  installed_at  timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE, DELETE ON plugin_jar TO ${appRole};

-- Every plan version ever served, as the JSON of GET /api/v1/plans/{id} when it was first loaded:
-- reports filed under it stay readable with their plan after an upgrade, a disable or a delete.
-- Append-only: a version, once recorded, is the record.
CREATE TABLE plan_snapshot (
  plan_id          text NOT NULL,
  plugin_id        text NOT NULL,
  plugin_version   text NOT NULL,
  plan_hash        text NOT NULL,
  plan_json        jsonb NOT NULL,
  first_loaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, plugin_version)
);
GRANT SELECT, INSERT ON plan_snapshot TO ${appRole};

-- The plan version (its plugin's version) each report version was filed under. Versions written
-- before this column existed keep NULL and are read as the plan's first recorded snapshot, which is
-- the version served when the column was added (report_version is append-only: no UPDATE).
ALTER TABLE report_version ADD COLUMN plan_version text;
--rollback ALTER TABLE report_version DROP COLUMN plan_version; DROP TABLE plan_snapshot; DROP TABLE plugin_jar;
