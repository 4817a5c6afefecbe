-- Drill-down: every measure of the indicator's form summed per child of the tenant's root (its
-- streets) for the period, from the roll-up, beside each child's name as of the period's end
-- (the server sums only the indicator's measures: this floor does slightly more).
-- for each form of indicatorForm
SELECT k.org_unit_id, k.name_zh, k.name_en, s.m
FROM org_unit_version k
LEFT JOIN (
  SELECT r.path[array_position(r.path, '${root}') + 1] AS branch, ${formSums} AS m
  FROM progress_rollup r
  WHERE r.tenant_id = '${tenant}' AND r.form_code = '${form}' AND r.basis = 'approved'
    AND r.period = '${period}' AND '${root}' = ANY(r.path) AND r.group_id <> '${root}'
  GROUP BY 1) s ON s.branch = k.org_unit_id
WHERE k.tenant_id = '${tenant}' AND k.parent_id = '${root}' AND k.active
  AND k.valid_from <= DATE '${period}-12-31'
  AND (k.valid_to IS NULL OR k.valid_to > DATE '${period}-12-31')
