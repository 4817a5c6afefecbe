package org.shequ.server.live;

import java.time.Instant;

/**
 * A committed change to reports of one form and period in a tenant, as dashboards are told of it:
 * which reports to re-read, never whose or what values (reporters subscribe too).
 *
 * @param status the status the change left the reports in ({@code DRAFT}, {@code SUBMITTED}, {@code
 *     APPROVED}, {@code RETURNED})
 * @param at when this replica heard of the commit, within milliseconds after it
 */
public record ReportChange(String tenant, String formCode, int period, String status, Instant at) {

  /** What identifies a change for coalescing: the same reports, left in the same status. */
  record Key(String tenant, String formCode, int period, String status) {}

  Key key() {
    return new Key(tenant, formCode, period, status);
  }
}
