package org.shequ.server.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * Every route with a path or query parameter, each as a template filled with valid values, so that
 * one parameter at a time can be given a hostile value while the rest of the request stays valid.
 * Write routes take their valid body from {@link WriteRoute}.
 */
enum ParamRoute {
  PLAN(HttpMethod.GET, Who.ANONYMOUS, "/api/v1/plans/{planId}", ""),
  TENANT(HttpMethod.GET, Who.REGION_ADMIN, "/api/v1/tenants/{tenant}", ""),
  UNIT_LIST(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/org-units",
      "view=flat&asOf=2019-06-01&parent={street}&level=COMMUNITY&includeInactive=true&page=0&size=20"),
  UNIT_TREE(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/org-units",
      "view=tree&asOf=2019-06-01&parent={street}"),
  UNIT_GET(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/org-units/{id}",
      "asOf=2019-06-01"),
  UNIT_HISTORY(
      HttpMethod.GET, Who.REGION_ADMIN, "/api/v1/tenants/{tenant}/org-units/{id}/history", ""),
  UNIT_IMPORT_TEMPLATE(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/org-units/import/template",
      "format=xlsx"),
  REPORT_LIST(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/reports",
      "formCode={form}&period=2019&status=DRAFT&page=0&size=20"),
  REPORT_GET(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/reports/{formCode}/{orgUnitId}/{period}",
      ""),
  REPORT_HISTORY(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/reports/{formCode}/{orgUnitId}/{period}/history",
      ""),
  CALENDAR_GET(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/calendar/{formCode}/{period}",
      ""),
  REVIEW_QUEUE(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/reports",
      "formCode={form}&period=2019&status=SUBMITTED&under={street}&warnings=false"),
  REPORT_SUMMARY(
      HttpMethod.GET, Who.REGION_ADMIN, "/api/v1/tenants/{tenant}/reports/summary", "period=2019"),
  CALENDAR_WINDOWS(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/calendar/windows",
      "period=2019&formCode={form}"),
  PROGRESS(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/progress",
      "plan={plan}&period=2019&orgUnit={street}&include=submitted&format=json"),
  PROGRESS_EXPORT(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/progress",
      "plan={plan}&period=2019&format=xlsx"),
  PROGRESS_TASKS(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/progress/tasks",
      "plan={plan}&period=2019"),
  PROGRESS_CHILDREN(
      HttpMethod.GET,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/progress/{indicator}/children",
      "plan={plan}&period=2019&orgUnit={street}&include=approved&sort=-actual&format=csv"),
  COMPARISON(
      HttpMethod.GET,
      Who.NATIONAL_ANALYST,
      "/api/v1/comparison",
      "nationalIndicator={national}&period=2019&format=json"),
  COMPARISON_MATRIX(
      HttpMethod.GET, Who.NATIONAL_ANALYST, "/api/v1/comparison/matrix", "period=2019&format=xlsx"),
  ROLLUP_REBUILD(
      HttpMethod.POST,
      Who.PLATFORM_ADMIN,
      "/api/v1/platform/progress-rollups/rebuild",
      "all=false"),
  REPORT_SAVE(
      WriteRoute.REPORT_SAVE, "/api/v1/tenants/{tenant}/reports/{formCode}/{orgUnitId}/{period}"),
  REPORT_STEP(
      WriteRoute.REPORT_SUBMIT,
      "/api/v1/tenants/{tenant}/reports/{formCode}/{orgUnitId}/{period}/{step}"),
  CALENDAR_SET(WriteRoute.CALENDAR_SET, "/api/v1/tenants/{tenant}/calendar/{formCode}/{period}"),
  UNIT_ADD(WriteRoute.UNIT_ADD, "/api/v1/tenants/{tenant}/org-units"),
  UNIT_EDIT(WriteRoute.UNIT_EDIT, "/api/v1/tenants/{tenant}/org-units/{id}"),
  UNIT_MOVE(WriteRoute.UNIT_MOVE, "/api/v1/tenants/{tenant}/org-units/{id}/move"),
  UNIT_DEACTIVATE(WriteRoute.UNIT_DEACTIVATE, "/api/v1/tenants/{tenant}/org-units/{id}/deactivate"),
  UNIT_MERGE(WriteRoute.UNIT_MERGE, "/api/v1/tenants/{tenant}/org-units/merge"),
  UNIT_SPLIT(WriteRoute.UNIT_SPLIT, "/api/v1/tenants/{tenant}/org-units/{id}/split"),
  /** The multipart import: its file is a valid CSV (see {@link Uploads}). */
  UNIT_IMPORT(
      HttpMethod.POST,
      Who.REGION_ADMIN,
      "/api/v1/tenants/{tenant}/org-units/import",
      "dryRun=false&partial=false&effective=2015-06-01&charset=UTF-8");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  final HttpMethod method;
  final Who who;
  final String template;
  final String query;
  final WriteRoute body;

  ParamRoute(HttpMethod method, Who who, String template, String query) {
    this.method = method;
    this.who = who;
    this.template = template;
    this.query = query;
    this.body = null;
  }

  ParamRoute(WriteRoute body, String template) {
    this.method = null;
    this.who = null;
    this.template = template;
    this.query = "";
    this.body = body;
  }

  /**
   * Whether the parameter only filters what is listed: then a well-formed value that names nothing
   * may answer an empty list rather than a 4xx.
   */
  boolean filters(String name) {
    return name.equals("?parent")
        || (this == REPORT_LIST || this == REVIEW_QUEUE || this == CALENDAR_WINDOWS)
            && name.equals("?formCode")
        || this == REVIEW_QUEUE && name.equals("?under")
        || this == CALENDAR_WINDOWS && name.equals("?period");
  }

  /** The names of the route's path and query parameters. */
  List<String> parameters() {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        names.add("?" + pair.substring(0, pair.indexOf('=')));
      }
    }
    return names;
  }

  /**
   * A valid request with parameter {@code name} (a path parameter, or {@code ?name} for a query
   * parameter) set to {@code raw}, exactly as it goes on the wire.
   */
  Probe probe(FuzzTenant t, Map<String, String> known, String name, String raw, boolean refuse) {
    Map<String, String> values = new LinkedHashMap<>(known);
    values.put("tenant", FuzzTenant.ID);
    values.put("street", t.street());
    values.put("id", t.street());
    values.put("orgUnitId", t.street());
    values.put("formCode", FuzzTenant.FORM);
    values.put("form", FuzzTenant.FORM);
    values.put("period", FuzzTenant.PERIOD);
    values.put("planId", FuzzTenant.PLAN);
    values.put("plan", FuzzTenant.PLAN);
    HttpMethod m = method;
    Who caller = who;
    Map<String, String> headers = Map.of();
    String json = null;
    if (body != null) {
      WriteRoute.Request valid = body.valid(t);
      m = valid.method();
      caller = valid.who();
      headers = valid.headers();
      json = JsonBody.write(valid.body());
      values.putAll(align(template, valid.path()));
    }
    String path = fill(template, values, name.startsWith("?") ? null : name, raw);
    String q = fill(query, values, null, null);
    if (name.startsWith("?")) {
      q = replaceQuery(q, name.substring(1), raw);
    }
    String target = q.isEmpty() ? path : path + "?" + q;
    String label = this + " " + name + "=" + shorten(raw);
    if (this == UNIT_IMPORT) {
      return Uploads.csvImport(label, target, t, refuse);
    }
    if (json == null) {
      return new Probe(label, m, target, caller, headers, null, null, refuse);
    }
    return Probe.json(label, m, target, caller, headers, json, refuse);
  }

  /** The template's parameter values in a concrete path of the same shape. */
  private static Map<String, String> align(String template, String path) {
    String[] names = template.split("/");
    String[] parts = path.split("/");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length && i < parts.length; i++) {
      Matcher m = PLACEHOLDER.matcher(names[i]);
      if (m.matches()) {
        out.put(m.group(1), parts[i]);
      }
    }
    return out;
  }

  private static String fill(String template, Map<String, String> values, String name, String raw) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String value = key.equals(name) ? raw : values.get(key);
      if (value == null) {
        throw new IllegalStateException("no value for {" + key + "} in " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replaceQuery(String query, String name, String raw) {
    List<String> pairs = new ArrayList<>();
    for (String pair : query.split("&")) {
      pairs.add(pair.startsWith(name + "=") ? name + "=" + raw : pair);
    }
    return String.join("&", pairs);
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
  }
}
