--liquibase formatted sql

--changeset shequ:003-org-unit
--comment: org units and their history; the tree as of any date is the versions valid that day
CREATE TABLE org_unit (
  tenant_id      text NOT NULL REFERENCES tenant (tenant_id),
  org_unit_id    text NOT NULL CHECK (org_unit_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
  level          text NOT NULL CHECK (level IN ('REGION', 'CITY', 'COUNTY', 'STREET', 'COMMUNITY')),
  division_code  text CHECK (division_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, org_unit_id)
);

-- One row per state of a unit. valid_to is exclusive; NULL means current. A move, rename,
-- merge, split or deactivation closes the current version and opens a new one: nothing is lost.
CREATE TABLE org_unit_version (
  tenant_id      text NOT NULL,
  org_unit_id    text NOT NULL,
  valid_from     date NOT NULL,
  valid_to       date,
  parent_id      text,
  name_zh        text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
  name_en        text CHECK (length(name_en) <= 200),
  area           text CHECK (area IN ('URBAN', 'RURAL')),
  population     integer CHECK (population >= 0),
  households     integer CHECK (households >= 0),
  tags           text[] NOT NULL DEFAULT '{}',
  active         boolean NOT NULL DEFAULT true,
  change_kind    text NOT NULL CHECK (change_kind IN
                   ('CREATE', 'EDIT', 'MOVE', 'DEACTIVATE', 'REACTIVATE', 'MERGE', 'SPLIT', 'IMPORT')),
  changed_by     text NOT NULL,
  changed_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, org_unit_id, valid_from),
  FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, org_unit_id),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX org_unit_version_current ON org_unit_version (tenant_id, org_unit_id) WHERE valid_to IS NULL;
CREATE INDEX org_unit_version_parent ON org_unit_version (tenant_id, parent_id) WHERE valid_to IS NULL;

-- Which units a merge or split turned into which (Changzhou Xinbei, 2013: 149 villages and 45
-- communities became 48 villages and 60 communities).
CREATE TABLE org_unit_lineage (
  tenant_id       text NOT NULL,
  predecessor_id  text NOT NULL,
  successor_id    text NOT NULL,
  effective       date NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
  PRIMARY KEY (tenant_id, predecessor_id, successor_id, effective),
  FOREIGN KEY (tenant_id, predecessor_id) REFERENCES org_unit (tenant_id, org_unit_id),
  FOREIGN KEY (tenant_id, successor_id) REFERENCES org_unit (tenant_id, org_unit_id)
);

GRANT SELECT, INSERT ON org_unit TO ${appRole};
GRANT SELECT, INSERT, UPDATE (valid_to) ON org_unit_version TO ${appRole};
GRANT SELECT, INSERT ON org_unit_lineage TO ${appRole};
