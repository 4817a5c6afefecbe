-- Drill-down: one indicator's form summed per child of the tenant's root (its streets) for the
-- period, from the roll-up, beside each child's name as of the period's end.
WITH kids AS (
  SELECT v.org_unit_id, v.name_zh, v.name_en
  FROM org_unit_version v
  WHERE v.tenant_id = '${tenant}' AND v.parent_id = '${root}' AND v.active
    AND v.valid_from <= DATE '${period}-12-31'
    AND (v.valid_to IS NULL OR v.valid_to > DATE '${period}-12-31')
),
sums AS (
  SELECT path[array_position(path, '${root}') + 1] AS branch, ${sums}
  FROM progress_rollup
  WHERE tenant_id = '${tenant}' AND form_code = '${indicatorForm}' AND basis = 'approved'
    AND period = '${period}' AND '${root}' = ANY(path) AND group_id <> '${root}'
  GROUP BY 1
)
SELECT * FROM kids LEFT JOIN sums ON sums.branch = kids.org_unit_id
