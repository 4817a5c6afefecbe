package org.shequ.server.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormValues;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Converts report values between JSON, the plan model's raw and canonical values, and diffs. */
@Component
class ReportValues {
  private final JsonMapper json;

  ReportValues(JsonMapper json) {
    this.json = json;
  }

  /**
   * The values as {@link Form#validate} takes them: numbers as BigDecimal, booleans, strings; a
   * JSON null means "not filled in"; objects and arrays are passed through so they fail the type
   * check.
   */
  static Map<String, Object> raw(Map<String, JsonNode> values) {
    Map<String, Object> raw = new LinkedHashMap<>();
    values.forEach(
        (field, node) -> {
          if (node == null || node.isNull()) {
            return;
          }
          if (node.isNumber()) {
            raw.put(field, node.decimalValue());
          } else if (node.isBoolean()) {
            raw.put(field, node.booleanValue());
          } else if (node.isString()) {
            raw.put(field, node.stringValue());
          } else {
            raw.put(field, node);
          }
        });
    return raw;
  }

  /** Canonical values as a tree and as the JSON text stored, written once. */
  record Stored(JsonNode tree, String text) {}

  /** Canonical values as stored: in the form's field order, numbers written plainly. */
  JsonNode stored(Form form, FormValues values) {
    return storedWithText(form, values).tree();
  }

  /** {@link #stored}, with the text it was read back from. */
  Stored storedWithText(Form form, FormValues values) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : form.fields()) {
      Object v = values.values().get(f.code());
      if (v instanceof BigDecimal d) {
        out.put(f.code(), new BigDecimal(d.stripTrailingZeros().toPlainString()));
      } else if (v != null) {
        out.put(f.code(), v instanceof String || v instanceof Boolean ? v : v.toString());
      }
    }
    // Through text, so the tree compares equal to one read back from the database.
    String text = json.writeValueAsString(out);
    return new Stored(json.readTree(text), text);
  }

  /**
   * Numbers compare by value, as PostgreSQL's {@code jsonb} compares them: {@code 705.0}, stored by
   * a loader that wrote decimals, is the {@code 705} a file or a form sends back.
   */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : (a.equals(b) ? 0 : 1);

  /** Whether two values (or two reports' values) say the same, numbers compared by value. */
  static boolean same(JsonNode a, JsonNode b) {
    return a.equals(BY_VALUE, b);
  }

  /** Per field whose value differs: {@code {"from": old, "to": new}}, null for absent. */
  static JsonNode changes(JsonNode before, JsonNode after) {
    Set<String> fields = new TreeSet<>();
    before.propertyNames().forEach(fields::add);
    after.propertyNames().forEach(fields::add);
    ObjectNode changes = JsonNodeFactory.instance.objectNode();
    for (String f : fields) {
      JsonNode from = before.get(f);
      JsonNode to = after.get(f);
      if (from == null ? to != null : to == null || !same(from, to)) {
        ObjectNode change = changes.putObject(f);
        change.set("from", from == null ? NullNode.getInstance() : from);
        change.set("to", to == null ? NullNode.getInstance() : to);
      }
    }
    return changes;
  }

  static JsonNode empty() {
    return JsonNodeFactory.instance.objectNode();
  }
}
