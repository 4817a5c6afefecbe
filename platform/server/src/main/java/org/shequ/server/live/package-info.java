/**
 * Always fresh: every committed report change, from any replica and any write path, is announced by
 * a trigger through PostgreSQL ({@code NOTIFY shequ_report_change}), heard by one dedicated {@code
 * LISTEN} connection per replica and pushed to open dashboards as server-sent events, which then
 * re-read what changed. See {@code docs/live.md}.
 */
package org.shequ.server.live;
