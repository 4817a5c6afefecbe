package org.shequ.server.report;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.shequ.server.web.OpenApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Types the report members that Shequ keeps as JSON trees (values, warnings, changes, a refused
 * approval's problem), which the document's generator would otherwise show as Jackson's {@code
 * JsonNode} internals: a generated client must be able to build a report body from them.
 */
@Component
class ReportSchemaCustomizer implements OpenApiCustomizer {
  private static final String REF = "#/components/schemas/";

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    schemas.put("ReportValue", value());
    schemas.put("ReportValues", values());
    schemas.put("ReportWarning", warning());
    schemas.put("FieldChange", change());
    retype(schemas, "ReportDraft", "values", ref("ReportValues"));
    for (String view : List.of("ReportView", "ReportListItem")) {
      retype(schemas, view, "values", ref("ReportValues"));
      retype(schemas, view, "warnings", warnings());
    }
    retype(
        schemas,
        "HistoryEntry",
        "changes",
        OpenApiSchemas.typed("object")
            .description("Field code → its value before and after this version, for each change")
            .additionalProperties(ref("FieldChange")));
    retype(schemas, "HistoryEntry", "warnings", warnings());
    retype(
        schemas,
        "ApprovalOutcome",
        "problem",
        ref("Problem").description("Why it was refused, as a single approval would answer"));
    schemas.remove("JsonNode");
  }

  /** One field's value: the JSON type follows the field's type in the form. */
  private static Schema<?> value() {
    return new Schema<>()
        .oneOf(
            List.of(
                OpenApiSchemas.typed("number"),
                OpenApiSchemas.typed("string"),
                OpenApiSchemas.typed("boolean"),
                OpenApiSchemas.typed("null")))
        .description(
            "A field's value: a number for INTEGER, DECIMAL and PERCENT fields, true or false"
                + " for BOOLEAN, the option's code for ENUM, text for TEXT, an ISO date"
                + " (2019-06-30) for DATE; null when not filled in");
  }

  private static Schema<?> values() {
    return OpenApiSchemas.typed("object")
        .description("Field code (as in the plan's form) → value; an absent field is not filled in")
        .additionalProperties(ref("ReportValue"));
  }

  private static Schema<?> warning() {
    return OpenApiSchemas.typed("object")
        .description("A plan rule's warning: it never blocks saving or submitting")
        .addProperty("field", new StringSchema().description("The field it concerns"))
        .addProperty("code", new StringSchema().description("The rule's code"))
        .addProperty(
            "message", ref("LocalizedText").description("The plan's message, in zh and en"))
        .required(List.of("field", "code", "message"));
  }

  private static Schema<?> change() {
    return OpenApiSchemas.typed("object")
        .description("One field's value before and after a version")
        .addProperty("from", ref("ReportValue"))
        .addProperty("to", ref("ReportValue"))
        .required(List.of("from", "to"));
  }

  private static Schema<?> warnings() {
    return OpenApiSchemas.typed("array")
        .description("The plan's warnings on these values")
        .items(ref("ReportWarning"));
  }

  private static Schema<?> ref(String name) {
    return new Schema<>().$ref(REF + name);
  }

  private static void retype(
      Map<String, Schema> schemas, String schema, String property, Schema<?> type) {
    Schema<?> owner = schemas.get(schema);
    if (owner == null || owner.getProperties() == null) {
      return;
    }
    Schema<?> before = owner.getProperties().get(property);
    if (before != null && before.getDescription() != null && type.getDescription() == null) {
      type.setDescription(before.getDescription());
    }
    owner.getProperties().put(property, type);
  }
}
