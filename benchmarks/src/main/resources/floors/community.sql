-- One community's full progress: its approved reports of every form the plan's indicators read,
-- every year since the plan's start (the figures are computed from these few rows).
SELECT form_code, period, approved_values
FROM report_current
WHERE tenant_id = '${tenant}' AND org_unit_id = '${unit}'
  AND form_code = ANY('${forms}'::text[]) AND period = ANY('${years}'::text[])
