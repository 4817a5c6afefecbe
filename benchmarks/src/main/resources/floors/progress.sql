-- A tenant's full progress: every measure of each form the plan's indicators read, summed over
-- the whole tenant per year since the plan's start, from the roll-up (approved basis); one
-- statement per form (one UNION ALL would be planned as a parallel append, slower than the sums).
-- for each form of forms
SELECT r.period, ${formSums} AS m
FROM progress_rollup r
WHERE r.tenant_id = '${tenant}' AND r.form_code = '${form}' AND r.basis = 'approved'
  AND r.period = ANY('${years}'::text[])
GROUP BY r.period;
-- ... and the units whose counted report carries warnings, per form.
SELECT rc.form_code, count(*)
FROM report_current rc
JOIN report_version rv ON rv.tenant_id = rc.tenant_id AND rv.form_code = rc.form_code
  AND rv.period = rc.period AND rv.org_unit_id = rc.org_unit_id
  AND rv.version = rc.approved_version
WHERE rc.tenant_id = '${tenant}' AND rc.plan_id = '${plan}' AND rc.period = '${period}'
  AND rv.warnings <> '[]'::jsonb
GROUP BY rc.form_code
