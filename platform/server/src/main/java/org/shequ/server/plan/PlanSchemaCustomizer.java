package org.shequ.server.plan;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.Map;
import org.shequ.plan.api.Unit;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to the OpenAPI document the plan properties that {@link PlanJsonMixins} derives from
 * plan-api methods rather than record components (the document's generator does not see the
 * mix-ins): an indicator's actual unit and per-unit clause, a task step's due date.
 */
@Component
class PlanSchemaCustomizer implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Schema<?> indicator = schemas.get("Indicator");
    if (indicator != null) {
      StringSchema unit = new StringSchema();
      Arrays.stream(Unit.values()).forEach(u -> unit.addEnumItem(u.name()));
      indicator.addProperty(
          "actualUnit",
          unit.description(
              "What the actual is measured in: PERCENT for a share of units or of checklist"
                  + " items (a per-unit target included), else the indicator's unit"));
      indicator.addProperty(
          "perUnit",
          new BooleanSchema()
              .description(
                  "Whether the target holds per unit and the actual is the share of"
                      + " units meeting it"));
      indicator.addProperty(
          "perUnitClause",
          new Schema<>()
              .$ref("#/components/schemas/LocalizedText")
              .description(
                  "The per-unit target as the plan states it, e.g. ≥ 1 人/社区; absent"
                      + " otherwise"));
    }
    Schema<?> step = schemas.get("TaskMilestone");
    if (step != null) {
      step.addProperty(
          "due",
          new DateSchema()
              .description("The last day of the step: end of its month, or of its year"));
      step.addProperty(
          "conditional",
          new BooleanSchema().description("Whether the step is for some org units only"));
    }
  }
}
