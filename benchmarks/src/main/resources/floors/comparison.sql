-- One national indicator: every measure of the form its mapped indicator reads, summed per
-- tenant for the period, from the roll-up (approved basis), as the national role.
SELECT tenant_id, form_code, ${sums}
FROM progress_rollup
WHERE form_code = ANY('${comparedForms}'::text[]) AND basis = 'approved' AND period = '${period}'
GROUP BY tenant_id, form_code
