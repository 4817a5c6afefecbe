-- One community's full progress is answered from its own reports: the unit, its reports of every
-- year since the plan's start, its warnings. The server also evaluates the plan's measures over
-- these rows; this floor does not: it is the lowest honest floor, not the same SQL.
SELECT u.level, v.area, v.population, v.tags
FROM org_unit_version v
JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id
WHERE v.tenant_id = '${tenant}' AND v.org_unit_id = '${unit}' AND v.valid_to IS NULL;
SELECT rc.form_code, rc.period, report_current_approved_values(rc) AS approved_values
FROM report_current rc
WHERE rc.tenant_id = '${tenant}' AND rc.org_unit_id = '${unit}'
  AND rc.period = ANY('${years}'::text[]);
SELECT count(*)
FROM report_current rc
JOIN report_version rv ON rv.tenant_id = rc.tenant_id AND rv.form_code = rc.form_code
  AND rv.period = rc.period AND rv.org_unit_id = rc.org_unit_id
  AND rv.version = rc.approved_version
WHERE rc.tenant_id = '${tenant}' AND rc.org_unit_id = '${unit}' AND rc.period = '${period}'
  AND rv.warnings <> '[]'::jsonb
