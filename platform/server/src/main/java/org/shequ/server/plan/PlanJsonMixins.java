package org.shequ.server.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Severity;
import org.shequ.plan.api.TaskMilestone;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serialises the plan model as JSON without touching plan-api: each sealed type says which variant
 * it is in a {@code kind} property, and a custom rule's code is left out (its message stays).
 */
@Component
class PlanJsonMixins implements JsonMapperBuilderCustomizer {

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
  private interface Kinded {}

  @JsonIgnoreProperties({"check"})
  private interface WithoutCode {}

  /** A rule says its kind, and whether it refuses a report or only warns. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
  private interface RuleWithSeverity {
    @JsonProperty("code")
    String code();

    @JsonProperty("severity")
    Severity severity();
  }

  /** An "about" figure shows its band's edges beside the tolerance that gives them. */
  private interface AboutBand {
    @JsonProperty("min")
    BigDecimal min();

    @JsonProperty("max")
    BigDecimal max();
  }

  /** A relative figure shows the rule as the document states it and the number it yields. */
  private interface RelativeRule {
    @JsonProperty("value")
    BigDecimal value();

    @JsonProperty("rule")
    String rule();
  }

  /**
   * An indicator says what its actual is measured in (percent of units for a per-unit target) and
   * the per-unit clause as the plan states it, so readers never take a share for a count.
   */
  private interface IndicatorReading {
    @JsonProperty("actualUnit")
    Unit actualUnit();

    @JsonProperty("perUnit")
    boolean perUnit();

    @JsonProperty("perUnitClause")
    Optional<LocalizedText> perUnitClause();
  }

  /** A task step shows the last day it may be done (end of its month, or of its year). */
  private interface StepDue {
    @JsonProperty("due")
    LocalDate due();

    @JsonProperty("conditional")
    boolean conditional();
  }

  @Override
  public void customize(tools.jackson.databind.json.JsonMapper.Builder builder) {
    builder.addMixIn(Figure.class, Kinded.class);
    builder.addMixIn(Figure.About.class, AboutBand.class);
    builder.addMixIn(Figure.Relative.class, RelativeRule.class);
    builder.addMixIn(Tolerance.class, Kinded.class);
    builder.addMixIn(Computation.class, Kinded.class);
    builder.addMixIn(OrgUnitCondition.class, Kinded.class);
    builder.addMixIn(FormRule.class, RuleWithSeverity.class);
    builder.addMixIn(FormRule.Custom.class, WithoutCode.class);
    builder.addMixIn(Indicator.class, IndicatorReading.class);
    builder.addMixIn(TaskMilestone.class, StepDue.class);
  }
}
