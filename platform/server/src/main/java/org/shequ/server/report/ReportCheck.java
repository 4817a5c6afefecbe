package org.shequ.server.report;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.FormValues;
import tools.jackson.databind.JsonNode;

/**
 * A report's values checked as a draft: by the plan's own {@link Form#validate}, with completeness
 * set aside. A draft may leave fields empty, so a {@code required} field and a {@link
 * FormRule.RequiredWhen} rule do not refuse it; they only list the field as {@code missing}. Every
 * other check (types, limits, options, the other rules) refuses a draft as it refuses a submission.
 *
 * <p>The full {@link Form#validate} refuses exactly what this check refuses or lists as missing, so
 * {@link #submittable()} says whether a submit of the same values would pass.
 *
 * @param validation the outcome of the plan's check of the draft's values
 * @param missing codes of the fields still required before the report can be submitted, in the
 *     form's order
 */
record ReportCheck(Form.Validation validation, List<String> missing) {
  /**
   * Each loaded form's draft twin, made once: by identity (weak keys), so a plugin's reloaded form
   * gets its own and an unloaded one is forgotten.
   */
  private static final LoadingCache<Form, Form> DRAFT_FORMS =
      Caffeine.newBuilder().weakKeys().build(ReportCheck::withoutCompleteness);

  ReportCheck {
    missing = List.copyOf(missing);
  }

  /** Checks raw values (as {@link ReportValues#raw} gives them) as a draft of {@code form}. */
  static ReportCheck draft(Form form, Map<String, ?> raw) {
    Form.Validation validation = DRAFT_FORMS.get(form).validate(raw);
    Set<String> missing = new LinkedHashSet<>();
    for (Field f : form.fields()) {
      if (f.required() && raw.get(f.code()) == null) {
        missing.add(f.code());
      }
    }
    // Conditional requirements read canonical values, which exist only for a valid draft.
    if (validation.valid()) {
      for (FormRule rule : form.rules()) {
        if (rule instanceof FormRule.RequiredWhen when && !when.holds(validation.values())) {
          missing.add(when.field());
        }
      }
    }
    return new ReportCheck(validation, inFormOrder(form, missing));
  }

  /** What stored values still lack: their draft check's missing fields. */
  static List<String> missing(Form form, JsonNode stored) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    stored.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
    return draft(form, ReportValues.raw(values)).missing();
  }

  /** Whether a submit of the same values would be accepted by the full check. */
  boolean submittable() {
    return validation.valid() && missing.isEmpty();
  }

  /** The canonical values of a valid draft. */
  FormValues values() {
    return validation.values();
  }

  /**
   * The same form with every field optional and without its conditional requirements: what a draft
   * must satisfy. Warnings stay, including a conditional requirement made a warning.
   */
  private static Form withoutCompleteness(Form form) {
    List<Field> optional = new ArrayList<>(form.fields().size());
    for (Field f : form.fields()) {
      optional.add(
          f.required()
              ? new Field(
                  f.code(),
                  f.label(),
                  f.type(),
                  f.unit(),
                  f.min(),
                  f.max(),
                  false,
                  f.options(),
                  f.maxLength(),
                  f.help())
              : f);
    }
    List<FormRule> rules =
        form.rules().stream().filter(r -> !(r instanceof FormRule.RequiredWhen)).toList();
    return new Form(
        form.code(),
        form.title(),
        form.level(),
        form.appliesTo(),
        form.periodType(),
        optional,
        rules,
        form.provenance());
  }

  private static List<String> inFormOrder(Form form, Set<String> fields) {
    List<String> ordered = new ArrayList<>();
    for (Field f : form.fields()) {
      if (fields.contains(f.code())) {
        ordered.add(f.code());
      }
    }
    // A conditional rule may name a field the form lacks (a plugin's mistake): keep it visible.
    fields.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    return ordered;
  }
}
