package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.NationalIndicator;

/**
 * plan-api's {@link NationalCodes} and this plugin's catalogue name the same codes: a code added to
 * the catalogue without a constant, or a constant without a catalogue entry, fails here.
 */
class NationalCodesTest {
  private final List<String> catalogue =
      new NationalPlanModule().nationalIndicators().stream().map(NationalIndicator::code).toList();

  private static List<Field> constants() {
    return Arrays.stream(NationalCodes.class.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
        .filter(f -> f.getType() == String.class)
        .toList();
  }

  private static List<String> constantValues() {
    return constants().stream()
        .map(
            f -> {
              try {
                return (String) f.get(null);
              } catch (IllegalAccessException e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  @Test
  void everyCatalogueCodeHasAConstant() {
    assertThat(constantValues())
        .as("constants of org.shequ.plan.api.NationalCodes")
        .containsAll(catalogue);
  }

  @Test
  void everyConstantIsACatalogueCode() {
    assertThat(catalogue).as("codes of the national catalogue").containsAll(constantValues());
    assertThat(constantValues()).doesNotHaveDuplicates().hasSameSizeAs(catalogue);
  }

  @Test
  void eachConstantIsNamedAsItsCode() {
    for (Field f : constants()) {
      assertThat(constantValues()).contains(f.getName());
    }
    assertThat(constants())
        .extracting(Field::getName)
        .containsExactlyInAnyOrderElementsOf(catalogue);
  }
}
