package org.shequ.server.fuzz;

import java.util.List;
import org.shequ.server.fuzz.JsonBody.Kind;
import org.shequ.server.fuzz.JsonBody.Node;
import org.shequ.server.fuzz.JsonBody.Op;
import org.shequ.server.fuzz.JsonBody.Site;

/**
 * One generated change to a valid JSON write: what is changed, and where. Generated without the
 * fixtures (ids differ from try to try); {@link #probe} applies it to a fresh valid request.
 *
 * @param site which value of the body (taken modulo the number of values)
 * @param cut where a truncation falls, in ‰ of the body
 */
record BodyCase(
    WriteRoute route,
    Change change,
    Op op,
    Replacement replacement,
    int site,
    int cut,
    String wrongType,
    String language) {

  /** The kinds of change, from one value to the whole request. */
  enum Change {
    /** The valid request unchanged: whatever it does, no 5xx. */
    NONE,
    /** One value replaced, dropped, duplicated, or an unknown key added next to it. */
    VALUE,
    TRUNCATED,
    WRONG_CONTENT_TYPE,
    EMPTY_BODY,
    TRAILING_GARBAGE,
    DEEP_NESTING
  }

  static final List<String> WRONG_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "application/octet-stream",
          "application/yaml");

  Probe probe(FuzzTenant t) {
    WriteRoute.Request valid = route.valid(t);
    Node root = valid.body();
    String json = JsonBody.write(root);
    boolean refuse = true;
    String type = "application/json";
    String label = route + " " + change;
    switch (change) {
      case NONE -> refuse = false;
      case VALUE -> {
        List<Site> sites = JsonBody.sites(root);
        int at = site % sites.size();
        Site s = sites.get(at);
        Op applied = applicable(op, s);
        json = JsonBody.write(root, at, applied, replacement.token);
        refuse =
            switch (applied) {
              case REPLACE -> replacement.mustBeRefusedAt(s.node());
              case DROP -> s.field() && s.node().required;
              case DUPLICATE_KEY, UNKNOWN_KEY -> true;
            };
        label +=
            " "
                + applied
                + (applied == Op.REPLACE ? " " + replacement : "")
                + " at "
                + (s.key() == null ? "#" + at : s.key())
                + " ("
                + s.node().kind
                + ")";
      }
      case TRUNCATED -> {
        int len = Math.max(1, Math.min(json.length() - 1, json.length() * cut / 1000));
        json = json.substring(0, len);
        label += " at " + len + "/" + JsonBody.write(root).length();
      }
      case WRONG_CONTENT_TYPE -> {
        type = wrongType;
        label += " " + wrongType;
      }
      case EMPTY_BODY -> {
        json = "";
        refuse = root.required;
      }
      case TRAILING_GARBAGE -> json = json + " {\"x\":1}";
      case DEEP_NESTING -> json = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    }
    Probe p =
        Probe.json(label, valid.method(), valid.path(), valid.who(), valid.headers(), json, refuse);
    return p.withContentType(type, refuse).withHeader("Accept-Language", language);
  }

  /** The op if it makes sense at the site, else a replacement. */
  private static Op applicable(Op op, Site s) {
    return switch (op) {
      case DROP, DUPLICATE_KEY -> s.field() ? op : Op.REPLACE;
      case UNKNOWN_KEY -> s.node().kind == Kind.OBJECT ? op : Op.REPLACE;
      case REPLACE -> op;
    };
  }
}
