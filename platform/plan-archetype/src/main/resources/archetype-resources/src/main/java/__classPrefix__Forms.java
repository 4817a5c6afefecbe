package ${package};

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * The plan's reporting forms. One annual form filled in by every community: each indicator reads
 * its fields, and an indicator is measured at the level its form is reported at. Add a street- or
 * region-level form (OrgUnitLevel.STREET, REGION) for figures only they can report.
 */
final class ${classPrefix}Forms {
  private ${classPrefix}Forms() {}

  static final String COMMUNITY = "${pluginId.toUpperCase()}-COMMUNITY";

  static final String HAS_SERVICE_FACILITY = "has_service_facility";
  static final String SOCIAL_WORKERS = "social_workers";
  static final String VOLUNTEERS = "volunteers";
  static final String CONSULTATION_STAGE = "consultation_stage";

  static List<Form> all() {
    return List.of(community());
  }

  static Form community() {
    return new Form(
        COMMUNITY,
        LocalizedText.of("TODO 社区年度情况表", "TODO: community annual report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(HAS_SERVICE_FACILITY, FieldType.BOOLEAN)
                .label("是否建有社区综合服务设施", "Has a comprehensive community service facility")
                .required()
                .build(),
            Field.builder(SOCIAL_WORKERS, FieldType.INTEGER)
                .label("社会工作专业人才数", "Professional social workers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(1_000)
                .required()
                .build(),
            Field.builder(VOLUNTEERS, FieldType.INTEGER)
                .label("注册志愿者人数", "Registered volunteers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(100_000)
                .build(),
            // A stage field takes its options from the stage indicator: stages are declared once.
            Field.stagesOf(CONSULTATION_STAGE, ${classPrefix}Indicators.consultation())
                .label("社区协商推进阶段", "Stage of community consultation")
                .build()),
        List.of(),
        Provenance.derived(
            "TODO section that asks for the figures, e.g. 五、保障措施",
            "TODO: the document's sentence, verbatim, e.g. 建立健全统计报送制度",
            "TODO: why this form collects these fields, e.g. the fields measure the indicators of"
                + " 二(二); the document prints no form"));
  }
}
