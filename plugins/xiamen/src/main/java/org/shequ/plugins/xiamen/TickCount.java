package org.shequ.plugins.xiamen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.FormValues;
import org.shequ.plan.api.LocalizedText;

/**
 * A count field that must equal the number of ticked items of a checklist. Indicators can only test
 * one field per report, so "all items done" is read from this count; the rule keeps the count
 * honest.
 */
final class TickCount {
  private TickCount() {}

  /** The rule that {@code countField} equals how many of {@code items} are true. */
  static FormRule rule(String countField, List<String> items, String zhName, String enName) {
    List<String> fields = new ArrayList<>();
    fields.add(countField);
    fields.addAll(items);
    return new FormRule.Custom(
        countField + "-equals-ticked",
        fields,
        LocalizedText.of(
            "“" + zhName + "”应等于已勾选的项目数", "'" + enName + "' must equal the number of items ticked"),
        values -> holds(values, countField, items));
  }

  private static boolean holds(FormValues values, String countField, List<String> items) {
    var count = values.number(countField);
    if (count.isEmpty()) {
      return true;
    }
    long ticked = items.stream().filter(values::isTrue).count();
    return count.get().compareTo(BigDecimal.valueOf(ticked)) == 0;
  }
}
