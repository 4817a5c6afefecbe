-- One national indicator: every measure of the form its mapped indicator reads, summed per tenant
-- for the period, from the roll-up (approved basis), as the national role.
-- for each form of comparedForms
SELECT r.tenant_id, ${formSums} AS m
FROM progress_rollup r
WHERE r.form_code = '${form}' AND r.basis = 'approved' AND r.period = '${period}'
GROUP BY r.tenant_id
