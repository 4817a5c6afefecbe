package org.shequ.plan.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Stage;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/**
 * The plan model in words, for {@link PlanDocument}: figures with their units and bands, scopes,
 * conditions, computations, rules and provenance, in English with the Chinese kept verbatim. Pure.
 */
final class PlanWords {
  private PlanWords() {}

  /** A number without trailing zeros and never in scientific notation. */
  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  /** Chinese and English side by side: "中文 (English)", or one of them when they are the same. */
  static String both(LocalizedText t) {
    if (t == null) {
      return "";
    }
    if (t.en().isBlank() || t.en().equals(t.zh())) {
      return inline(t.zh());
    }
    if (t.zh().isBlank()) {
      return inline(t.en());
    }
    return inline(t.zh()) + " (" + inline(t.en()) + ")";
  }

  /** Text on one Markdown line: line breaks in the source become {@code <br>}. */
  static String inline(String s) {
    return s.strip().replace("\r\n", "\n").replace("\n", "<br>");
  }

  /** Text inside a Markdown table cell. */
  static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  static String code(String code) {
    return "`" + code + "`";
  }

  /** "≥ 14770 persons", "≈ 7000 persons (band 6300–7700, ± 10%)", "∈ 2–5 count". */
  static String clause(Comparator comparator, Figure figure, Unit unit, Indicator indicator) {
    return comparator.symbol() + " " + figure(figure, unit, indicator);
  }

  /** A figure with its unit, its band or its rule: what the document says and what it yields. */
  static String figure(Figure figure, Unit unit, Indicator indicator) {
    if (figure instanceof Figure.Number n) {
      return amount(n.value(), unit);
    }
    if (figure instanceof Figure.Range r) {
      return plain(r.min()) + "–" + amount(r.max(), unit);
    }
    if (figure instanceof Figure.About a) {
      return amount(a.value(), unit)
          + " (band "
          + plain(a.min())
          + "–"
          + plain(a.max())
          + ", ± "
          + tolerance(a.tolerance(), unit)
          + ")";
    }
    if (figure instanceof Figure.Relative r) {
      return amount(r.value(), unit) + " (rule: " + r.rule() + ")";
    }
    if (figure instanceof Figure.StageReached s) {
      return "stage " + stage(indicator, s.stage());
    }
    return figure.toString();
  }

  private static String tolerance(Tolerance t, Unit unit) {
    if (t instanceof Tolerance.Relative r) {
      return plain(r.fraction().movePointRight(2)) + "% of the figure";
    }
    if (t instanceof Tolerance.Absolute a) {
      return amount(a.amount(), unit);
    }
    return t.toString();
  }

  /** "14770 persons", "95%", "3.5" for a unitless figure. */
  static String amount(BigDecimal n, Unit unit) {
    if (unit == Unit.PERCENT) {
      return plain(n) + "%";
    }
    if (unit == Unit.NONE || unit == Unit.STAGE) {
      return plain(n);
    }
    return plain(n) + " " + unit.label().en();
  }

  /** "persons (人)", "% (%)" collapsed to "%", "none". */
  static String unit(Unit unit) {
    if (unit == Unit.NONE) {
      return "none";
    }
    LocalizedText label = unit.label();
    return label.zh().equals(label.en()) ? label.en() : label.en() + " (" + label.zh() + ")";
  }

  static String stage(Indicator indicator, String stageCode) {
    if (indicator != null) {
      for (Stage s : indicator.stages()) {
        if (s.code().equals(stageCode)) {
          return code(stageCode) + " " + both(s.name());
        }
      }
    }
    return code(stageCode);
  }

  static String area(AreaType area) {
    return switch (area) {
      case URBAN -> "urban";
      case RURAL -> "rural";
      case ALL -> "urban and rural";
    };
  }

  static String level(OrgUnitLevel level) {
    return switch (level) {
      case REGION -> "the region as a whole";
      case CITY -> "cities";
      case COUNTY -> "counties (县(市、区))";
      case STREET -> "streets and towns (街道(镇))";
      case COMMUNITY -> "communities and villages (社区/村)";
    };
  }

  /** "urban communities (城市社区), the target holding for each unit", "the region as a whole". */
  static String scope(Scope scope) {
    return where(scope.level(), scope.area())
        + (scope.perUnit() ? ", the target holding for each unit" : "");
  }

  /** Org units of a level and area, as a form or scope names them. */
  static String where(OrgUnitLevel level, AreaType area) {
    if (level != OrgUnitLevel.COMMUNITY) {
      return level(level) + (area == AreaType.ALL ? "" : " (" + area(area) + " only)");
    }
    return switch (area) {
      case URBAN -> "urban communities (城市社区)";
      case RURAL -> "rural communities and villages (农村社区/村)";
      case ALL -> "all communities and villages (城乡社区)";
    };
  }

  static String direction(Direction d) {
    return switch (d) {
      case HIGHER_IS_BETTER -> "higher is better";
      case LOWER_IS_BETTER -> "lower is better";
      case CLOSER_IS_BETTER -> "closer to the target is better";
    };
  }

  /** Which org units a target clause or task milestone is for. */
  static String condition(OrgUnitCondition c) {
    if (c instanceof OrgUnitCondition.Any) {
      return "any other unit";
    }
    if (c instanceof OrgUnitCondition.AreaIs a) {
      return a.area() == AreaType.ALL ? "every unit" : area(a.area()) + " units";
    }
    if (c instanceof OrgUnitCondition.PopulationBelow p) {
      return "population below " + p.residents();
    }
    if (c instanceof OrgUnitCondition.PopulationAtLeast p) {
      return "population " + p.residents() + " or more";
    }
    if (c instanceof OrgUnitCondition.HasTag t) {
      return "units tagged " + code(t.tag());
    }
    if (c instanceof OrgUnitCondition.AllOf all) {
      return all.conditions().stream().map(PlanWords::condition).collect(Collectors.joining(", "));
    }
    return c.toString();
  }

  /** A form field by code, with its labels: "`workers` (工作者 / Workers)". */
  static String field(Form form, String fieldCode) {
    Optional<Field> f = form == null ? Optional.empty() : form.field(fieldCode);
    return f.map(x -> code(fieldCode) + " (" + slash(x.label()) + ")").orElse(code(fieldCode));
  }

  static String slash(LocalizedText t) {
    return t.en().equals(t.zh()) ? inline(t.zh()) : inline(t.zh()) + " / " + inline(t.en());
  }

  /** "`office` (办公室 / Office) is ticked", "`orgs` (…) ≥ 5". */
  static String fieldCondition(Form form, FieldCondition c) {
    boolean tick =
        form != null
            && form.field(c.field()).map(f -> f.type() == FieldType.BOOLEAN).orElse(false)
            && c.comparator() == Comparator.EQUAL;
    if (tick && c.value().compareTo(BigDecimal.ONE) == 0) {
      return field(form, c.field()) + " is ticked";
    }
    if (tick && c.value().signum() == 0) {
      return field(form, c.field()) + " is not ticked";
    }
    return field(form, c.field()) + " " + c.comparator().symbol() + " " + plain(c.value());
  }

  /** How the actual value is computed, form and fields included. */
  static String computation(Computation c, Form form, Indicator indicator) {
    String from =
        "From form " + code(c.formCode()) + (form == null ? "" : " " + both(form.title()));
    String how;
    if (c instanceof Computation.ShareOfUnits s) {
      how = "the share of reporting units whose " + fieldCondition(form, s.condition()) + ", in %";
    } else if (c instanceof Computation.CountOfUnits s) {
      how = "the number of reporting units whose " + fieldCondition(form, s.condition());
    } else if (c instanceof Computation.Sum s) {
      how = "the sum of " + field(form, s.field()) + " over reporting units";
    } else if (c instanceof Computation.AveragePerUnit s) {
      how = "the average of " + field(form, s.field()) + " per reporting unit";
    } else if (c instanceof Computation.RatioOfSums r) {
      how =
          plain(r.scale())
              + " × Σ "
              + field(form, r.numerator())
              + " ÷ Σ "
              + field(form, r.denominator())
              + ", over units reporting both";
    } else if (c instanceof Computation.RatioToPopulation r) {
      how =
          plain(r.scale())
              + " × Σ "
              + field(form, r.field())
              + " ÷ Σ registered population, over units of known population";
    } else if (c instanceof Computation.ShareMeetingTarget s) {
      how =
          "the share of reporting units whose "
              + field(form, s.field())
              + " meets the target clause for that unit, in %"
              + (indicator.target() != null && indicator.target().dependsOnPopulation()
                  ? "; a unit whose clause depends on a population the registry lacks is counted"
                      + " as unknown"
                  : "");
    } else if (c instanceof Computation.ChecklistComplete l) {
      how =
          "the share of reporting units that ticked every item of the checklist, in %: "
              + fields(form, l.items());
    } else if (c instanceof Computation.ChecklistItems l) {
      how =
          "ticked items as a share of all checklist items over reporting units, in %: "
              + fields(form, l.items());
    } else if (c instanceof Computation.LatestStage s) {
      how = "the earliest stage reached among reporting units, read from " + field(form, s.field());
    } else {
      how = c.getClass().getSimpleName() + " of " + fields(form, c.fields());
    }
    return from + ": " + how + ".";
  }

  private static String fields(Form form, List<String> codes) {
    return codes.stream().map(f -> field(form, f)).collect(Collectors.joining(", "));
  }

  /**
   * A cross-field rule in words: what it checks, not its message. Fields by code only: the form's
   * table beside it gives their labels.
   */
  static String rule(FormRule rule) {
    if (rule instanceof FormRule.Warning w) {
      return rule(w.rule());
    }
    if (rule instanceof FormRule.CompareFields c) {
      String factor = c.factor().compareTo(BigDecimal.ONE) == 0 ? "" : plain(c.factor()) + " × ";
      return code(c.left()) + " " + c.comparator().symbol() + " " + factor + code(c.right());
    }
    if (rule instanceof FormRule.RequiredWhen r) {
      return code(r.field()) + " is required when " + fieldCondition(null, r.when());
    }
    return "a check in code on "
        + rule.fields().stream().map(PlanWords::code).collect(Collectors.joining(", "));
  }

  /** "STATED in 一(二): «原文»" and, when there is one, the note. */
  static String provenance(Provenance p) {
    String s =
        (p.derivation() == Derivation.STATED ? "STATED" : "DERIVED")
            + " in "
            + inline(p.section())
            + ": «"
            + inline(p.originalText())
            + "»";
    return p.note().isBlank() ? s : s + " Note: " + inline(p.note());
  }
}
