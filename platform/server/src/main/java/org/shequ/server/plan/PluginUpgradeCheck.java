package org.shequ.server.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Plan;
import org.shequ.server.storage.NationalDatabase;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whether an upgrade would strand stored reports: a form field that the old plan had and the new
 * one removes or retypes, while some stored report (any tenant) carries a value for it.
 */
@Component
class PluginUpgradeCheck {
  /** A field of a form the upgrade removes ({@code newType} null) or retypes. */
  record FieldChange(
      String planId, String formCode, String fieldCode, String oldType, String newType) {}

  /** A stored report that uses a changed field. */
  record AffectedReport(
      String tenant,
      String planId,
      String formCode,
      String period,
      String orgUnitId,
      String field) {}

  private final NationalDatabase national;

  PluginUpgradeCheck(NationalDatabase national) {
    this.national = national;
  }

  /** The fields of {@code before}'s forms that {@code after} removes or retypes. */
  static List<FieldChange> changes(List<Plan> before, List<Plan> after) {
    Map<String, Plan> next =
        after.stream().collect(Collectors.toMap(Plan::id, p -> p, (a, b) -> a));
    List<FieldChange> changes = new ArrayList<>();
    for (Plan old : before) {
      Plan now = next.get(old.id());
      for (Form form : old.forms()) {
        Form newForm = now == null ? null : now.form(form.code()).orElse(null);
        for (Field field : form.fields()) {
          Field newField =
              newForm == null
                  ? null
                  : newForm.fields().stream()
                      .filter(f -> f.code().equals(field.code()))
                      .findFirst()
                      .orElse(null);
          if (newField == null || newField.type() != field.type()) {
            changes.add(
                new FieldChange(
                    old.id(),
                    form.code(),
                    field.code(),
                    field.type().name(),
                    newField == null ? null : newField.type().name()));
          }
        }
      }
    }
    return changes;
  }

  /** The stored reports, of every tenant, holding a value for one of the changed fields. */
  Mono<List<AffectedReport>> affected(List<FieldChange> changes) {
    return Flux.fromIterable(changes)
        .concatMap(
            c ->
                national.acrossTenants(
                    db ->
                        db.sql(
                                "SELECT tenant_id, form_code, period, org_unit_id"
                                    + " FROM report_current WHERE plan_id = :plan"
                                    + " AND form_code = :form AND (field_values ? :field"
                                    + " OR coalesce(approved_values ? :field, false))"
                                    + " ORDER BY tenant_id, period, org_unit_id")
                            .bind("plan", c.planId())
                            .bind("form", c.formCode())
                            .bind("field", c.fieldCode())
                            .map(
                                r ->
                                    new AffectedReport(
                                        r.get("tenant_id", String.class),
                                        c.planId(),
                                        r.get("form_code", String.class),
                                        r.get("period", String.class),
                                        r.get("org_unit_id", String.class),
                                        c.fieldCode()))
                            .all()))
        .collectList();
  }
}
