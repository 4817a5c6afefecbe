package org.shequ.server.report;

import org.shequ.plan.api.Form;
import org.shequ.plan.api.Plan;

/** A form of one of the tenant's plans, for one period inside that plan. */
record ReportForm(Plan plan, Form form, String period) {}
