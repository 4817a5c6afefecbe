package org.shequ.server.report;

import java.util.List;
import org.shequ.plan.api.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The plan's warnings on a report, as stored with each version and served with it: {@code
 * [{"field", "code", "message": {"zh", "en"}}]}, the texts being the plugin's own rule messages.
 * Warnings are data, not refusals: they never block saving or submitting.
 */
final class ReportWarnings {
  private ReportWarnings() {}

  static JsonNode none() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static JsonNode of(List<Violation> warnings) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Violation w : warnings) {
      var node = out.addObject();
      node.put("field", w.field());
      node.put("code", w.code());
      var message = node.putObject("message");
      message.put("zh", w.message().zh());
      message.put("en", w.message().en());
    }
    return out;
  }
}
