package org.shequ.server.plan;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Tolerance;
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

  /**
   * A sealed plan type says which variant it is in {@code kind} ({@link PlanJsonMixins}): the
   * parent schema gets that property as its discriminator, so a client can tell the variants apart.
   */
  private static void kinded(Map<String, Schema> schemas, Class<?> sealed) {
    Schema<?> parent = schemas.get(sealed.getSimpleName());
    if (parent == null) {
      return;
    }
    Discriminator discriminator = new Discriminator().propertyName("kind");
    StringSchema kind = new StringSchema();
    for (Class<?> variant : sealed.getPermittedSubclasses()) {
      String name = variant.getSimpleName();
      kind.addEnumItem(name);
      if (schemas.containsKey(name)) {
        discriminator.mapping(name, "#/components/schemas/" + name);
      }
    }
    parent.setTypes(Set.of("object"));
    parent.setType("object");
    parent.addProperty("kind", kind.description("Which variant this is"));
    parent.setRequired(List.of("kind"));
    parent.setDiscriminator(discriminator);
  }

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    for (Class<?> sealed :
        List.of(
            Figure.class,
            Computation.class,
            FormRule.class,
            OrgUnitCondition.class,
            Tolerance.class)) {
      kinded(schemas, sealed);
    }
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
