--liquibase formatted sql

--changeset shequ:040-progress-rollup splitStatements:false
--comment: additive progress roll-ups per form, period, basis and group of org units, so a progress or comparison request sums hundreds of rows instead of aggregating every report

-- One row per (form, period, basis, group): the sums of the form's measures (see the server's
-- RollupLayout) over the org units whose parent, as of the period's end, is the group. A unit
-- without a parent is its own group. `path` is the group and its ancestors as of the period's end,
-- top first, so a subtree's figures are the rows whose path holds the subtree's root.
CREATE TABLE progress_rollup (
  tenant_id  text NOT NULL,
  form_code  text NOT NULL,
  basis      text NOT NULL CHECK (basis IN ('approved', 'submitted')),
  period     text NOT NULL,
  group_id   text NOT NULL,
  path       text[] NOT NULL,
  measures   numeric[] NOT NULL,
  PRIMARY KEY (tenant_id, form_code, basis, period, group_id)
);

-- Which forms' roll-ups are complete, and for which measure layout. A row is written by a
-- rebuild and deleted whenever something the roll-up depends on changes behind the application's
-- back (org units, or report versions written without maintaining the roll-up); readers use the
-- roll-up only while its state row matches the layout they expect.
CREATE TABLE progress_rollup_state (
  tenant_id  text NOT NULL,
  form_code  text NOT NULL,
  layout     text NOT NULL,
  rows       integer NOT NULL,
  built_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, form_code)
);

-- The application (not the owner) is held to its tenant; RLS is enabled but not forced so that
-- the owner's trigger functions can mark any tenant's roll-ups stale.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['progress_rollup', 'progress_rollup_state']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_setting(''shequ.tenant_id'', true)) WITH CHECK (tenant_id = current_setting(''shequ.tenant_id'', true))', t);
    EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT USING (current_setting(''shequ.read_all_tenants'', true) = ''on'')', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON progress_rollup TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON progress_rollup_state TO ${appRole};

-- Element-wise a + b (a missing element counts as 0), and a - b.
CREATE FUNCTION measures_add(a numeric[], b numeric[]) RETURNS numeric[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i), '{}')
  FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;
CREATE FUNCTION measures_diff(a numeric[], b numeric[]) RETURNS numeric[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) - coalesce(y, 0) ORDER BY i), '{}')
  FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;

-- The lock that orders roll-up rebuilds (exclusive) against writes that change what they read
-- (shared): a rebuild never misses a write, and no write lands on rows a rebuild is replacing.
CREATE FUNCTION progress_rollup_lock_key(tenant text) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT hashtextextended('progress_rollup:' || tenant, 0)
$$;

-- Marks the roll-ups of every tenant touched by a statement as stale, unless the application says
-- it maintains them in this transaction (shequ.rollup_maintained, set with the tenant).
CREATE FUNCTION progress_rollup_invalidate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  t text;
BEGIN
  IF TG_TABLE_NAME = 'report_version'
     AND current_setting('shequ.rollup_maintained', true) = 'on' THEN
    RETURN NULL;
  END IF;
  FOR t IN SELECT DISTINCT tenant_id FROM changed LOOP
    PERFORM pg_advisory_xact_lock_shared(progress_rollup_lock_key(t));
    DELETE FROM progress_rollup_state WHERE tenant_id = t;
  END LOOP;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION progress_rollup_invalidate() FROM PUBLIC;

CREATE TRIGGER progress_rollup_stale_on_report AFTER INSERT ON report_version
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION progress_rollup_invalidate();
CREATE TRIGGER progress_rollup_stale_on_unit_insert AFTER INSERT ON org_unit_version
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION progress_rollup_invalidate();
CREATE TRIGGER progress_rollup_stale_on_unit_update AFTER UPDATE ON org_unit_version
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION progress_rollup_invalidate();
CREATE TRIGGER progress_rollup_stale_on_unit_delete AFTER DELETE ON org_unit_version
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION progress_rollup_invalidate();
CREATE TRIGGER progress_rollup_stale_on_level_update AFTER UPDATE ON org_unit
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION progress_rollup_invalidate();
-- Rows leaving report_current (only rebuild_report_current() deletes them) mean the progress
-- roll-ups were summed from rows that are gone: mark every one stale.
CREATE FUNCTION progress_rollup_invalidate_all() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM progress_rollup_state;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION progress_rollup_invalidate_all() FROM PUBLIC;
CREATE TRIGGER progress_rollup_stale_on_report_current_delete AFTER DELETE ON report_current
  FOR EACH STATEMENT EXECUTE FUNCTION progress_rollup_invalidate_all();
--rollback DROP TABLE progress_rollup; DROP TABLE progress_rollup_state; DROP FUNCTION progress_rollup_invalidate(); DROP FUNCTION progress_rollup_invalidate_all(); DROP FUNCTION measures_add(numeric[], numeric[]); DROP FUNCTION measures_diff(numeric[], numeric[]); DROP FUNCTION progress_rollup_lock_key(text);
