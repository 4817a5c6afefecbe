package org.shequ.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.FormValues;

/**
 * Makes drawn values satisfy a form's cross-field rules by small, plausible changes: a part brought
 * under its whole (certified ≤ workers, office ≤ 20% of premises), a checklist's items ticked to
 * match its count or the count set to the ticked items, an area cleared when there is no facility.
 * Rules written as code are opaque, so their candidates are tried and kept only when they leave
 * fewer rules broken.
 */
final class ReportRepair {
  private static final int ROUNDS = 12;

  private ReportRepair() {}

  /** Repairs {@code values} in place; true when every rule holds afterwards. */
  static boolean repair(Form form, Map<String, Object> values, SplittableRandom r) {
    for (int round = 0; round < ROUNDS; round++) {
      List<FormRule> broken = broken(form, values);
      if (broken.isEmpty()) {
        return true;
      }
      boolean improved = false;
      for (FormRule rule : broken) {
        for (UnaryOperator<Map<String, Object>> candidate : candidates(form, rule, values, r)) {
          Map<String, Object> changed = candidate.apply(new LinkedHashMap<>(values));
          if (changed != null && broken(form, changed).size() < broken.size()) {
            values.clear();
            values.putAll(changed);
            improved = true;
            break;
          }
        }
        if (improved) {
          break;
        }
      }
      if (!improved) {
        return false;
      }
    }
    return broken(form, values).isEmpty();
  }

  private static List<FormRule> broken(Form form, Map<String, Object> values) {
    FormValues v = new FormValues(values);
    return form.rules().stream().filter(rule -> !rule.holds(v)).toList();
  }

  private static List<UnaryOperator<Map<String, Object>>> candidates(
      Form form, FormRule rule, Map<String, Object> values, SplittableRandom r) {
    List<UnaryOperator<Map<String, Object>>> out = new ArrayList<>();
    // Demo reports keep warning rules too, so they store no warnings (DemoDataWriter writes none).
    if (rule instanceof FormRule.Warning w) {
      rule = w.rule();
    }
    if (rule instanceof FormRule.CompareFields c) {
      compare(form, c, r, out);
    } else if (rule instanceof FormRule.RequiredWhen w) {
      form.field(w.field()).ifPresent(f -> out.add(m -> put(m, f.code(), fill(f))));
    } else {
      custom(form, rule.fields(), values, r, out);
    }
    return out;
  }

  private static void compare(
      Form form,
      FormRule.CompareFields c,
      SplittableRandom r,
      List<UnaryOperator<Map<String, Object>>> out) {
    Field left = form.field(c.left()).orElse(null);
    Field right = form.field(c.right()).orElse(null);
    if (left == null || right == null) {
      return;
    }
    boolean below = c.comparator() == Comparator.AT_MOST || c.comparator() == Comparator.LESS_THAN;
    boolean above =
        c.comparator() == Comparator.AT_LEAST || c.comparator() == Comparator.GREATER_THAN;
    boolean strict =
        c.comparator() == Comparator.LESS_THAN || c.comparator() == Comparator.GREATER_THAN;
    double share = below ? 0.5 + 0.5 * r.nextDouble() : 1 + 0.3 * r.nextDouble();
    out.add(
        m -> {
          BigDecimal rv = new FormValues(m).number(c.right()).orElse(null);
          if (rv == null) {
            return null;
          }
          BigDecimal bound = rv.multiply(c.factor());
          if (left.type() == FieldType.BOOLEAN) {
            return put(m, c.left(), above);
          }
          if (c.comparator() == Comparator.EQUAL) {
            return put(m, c.left(), ofType(left, bound, RoundingMode.HALF_UP));
          }
          BigDecimal v = bound.multiply(BigDecimal.valueOf(share));
          v = ofType(left, v, below ? RoundingMode.FLOOR : RoundingMode.CEILING);
          if (strict && v.compareTo(bound) == 0) {
            v = below ? v.subtract(BigDecimal.ONE) : v.add(BigDecimal.ONE);
          }
          return put(m, c.left(), ValueDrawer.clamp(left, v));
        });
    // Or move the whole instead of the part, when the part is what an indicator needed.
    out.add(
        m -> {
          BigDecimal lv = new FormValues(m).number(c.left()).orElse(null);
          if (lv == null || c.factor().signum() == 0) {
            return null;
          }
          if (right.type() == FieldType.BOOLEAN) {
            return put(m, c.right(), below);
          }
          BigDecimal v = lv.divide(c.factor(), 4, RoundingMode.HALF_UP);
          v = v.multiply(BigDecimal.valueOf(below ? 1 + 0.3 * r.nextDouble() : 1));
          return put(
              m,
              c.right(),
              ValueDrawer.clamp(
                  right, ofType(right, v, below ? RoundingMode.CEILING : RoundingMode.FLOOR)));
        });
  }

  /**
   * Candidates for a rule only code knows: tick the boolean fields to match the first field's
   * count, set the first field to the number ticked, zero it, or flip one boolean.
   */
  private static void custom(
      Form form,
      List<String> fields,
      Map<String, Object> values,
      SplittableRandom r,
      List<UnaryOperator<Map<String, Object>>> out) {
    if (fields.isEmpty()) {
      return;
    }
    Field first = form.field(fields.get(0)).orElse(null);
    List<String> flags =
        fields.stream()
            .skip(1)
            .filter(code -> form.field(code).map(f -> f.type() == FieldType.BOOLEAN).orElse(false))
            .toList();
    if (first != null && ValueDrawer.numeric(first)) {
      if (!flags.isEmpty()) {
        List<String> order = new ArrayList<>(flags);
        java.util.Collections.shuffle(order, new java.util.Random(r.nextLong()));
        out.add(
            m -> {
              BigDecimal count = new FormValues(m).number(first.code()).orElse(null);
              if (count == null
                  || count.stripTrailingZeros().scale() > 0
                  || count.intValue() > flags.size()) {
                return null;
              }
              for (int i = 0; i < order.size(); i++) {
                m.put(order.get(i), i < count.intValue());
              }
              return m;
            });
        out.add(
            m ->
                put(
                    m,
                    first.code(),
                    BigDecimal.valueOf(flags.stream().filter(new FormValues(m)::isTrue).count())));
      }
      out.add(m -> put(m, first.code(), ValueDrawer.clamp(first, BigDecimal.ZERO)));
    }
    for (String code : fields) {
      form.field(code)
          .filter(f -> f.type() == FieldType.BOOLEAN)
          .ifPresent(f -> out.add(m -> put(m, code, !Boolean.TRUE.equals(m.get(code)))));
    }
  }

  private static BigDecimal ofType(Field f, BigDecimal v, RoundingMode mode) {
    return f.type() == FieldType.INTEGER ? v.setScale(0, mode) : v.setScale(1, mode);
  }

  private static Object fill(Field f) {
    return switch (f.type()) {
      case BOOLEAN -> Boolean.FALSE;
      case ENUM -> f.options().isEmpty() ? "" : f.options().get(0).code();
      case TEXT -> "示例数据（非真实数据）";
      case DATE -> java.time.LocalDate.of(2020, 6, 30);
      case INTEGER, DECIMAL, PERCENT -> ValueDrawer.clamp(f, BigDecimal.ZERO);
    };
  }

  private static Map<String, Object> put(Map<String, Object> m, String key, Object value) {
    m.put(key, value);
    return m;
  }
}
