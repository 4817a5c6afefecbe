-- A tenant's full progress: every measure of every form the plan's indicators read, summed over
-- the whole tenant per form and year since the plan's start, from the roll-up (approved basis).
SELECT form_code, period, ${sums}
FROM progress_rollup
WHERE tenant_id = '${tenant}' AND form_code = ANY('${forms}'::text[]) AND basis = 'approved'
  AND period = ANY('${years}'::text[])
GROUP BY form_code, period;
-- ... and the units whose counted report carries warnings, per form.
SELECT rc.form_code, count(*)
FROM report_current rc
JOIN report_version rv ON rv.tenant_id = rc.tenant_id AND rv.form_code = rc.form_code
  AND rv.period = rc.period AND rv.org_unit_id = rc.org_unit_id
  AND rv.version = rc.approved_version
WHERE rc.tenant_id = '${tenant}' AND rc.plan_id = '${plan}' AND rc.period = '${period}'
  AND rv.warnings <> '[]'::jsonb
GROUP BY rc.form_code
