-- The national matrix: every measure of every form a nationally mapped indicator reads, summed
-- per tenant for the period, from the roll-up (approved basis), as the national role.
SELECT tenant_id, form_code, ${sums}
FROM progress_rollup
WHERE form_code = ANY('${nationalForms}'::text[]) AND basis = 'approved' AND period = '${period}'
GROUP BY tenant_id, form_code
