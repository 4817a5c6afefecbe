package ${package};

import java.time.LocalDate;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.Plan;

/**
 * Assembles the plan {@code ${pluginId}-${firstYear}-${lastYear}} from its forms and indicators. TODO: say here which document
 * this is (its title, issuer and date), as the plan's own Javadoc.
 */
final class ${classPrefix}Plan {
  /** {@code <region>-<first year>-<last year>} of the document's period. */
  static final String ID = "${pluginId}-${firstYear}-${lastYear}";

  private ${classPrefix}Plan() {}

  static Plan build() {
    Plan.Builder plan =
        Plan.builder(ID)
            // TODO: the document's title, verbatim, and its English translation.
            .title("TODO 规划文件标题", "TODO: the plan document's title in English")
            // The tenant (region) whose plan this is: tenants/${pluginId}.yaml.
            .region("${pluginId}")
            // TODO: the issuing body as the document prints it.
            .issuer(Issuer.lead("TODO 发文机关", "TODO: the issuing body in English"))
            // TODO: the date the document was signed or issued.
            .issueDate(LocalDate.of(${firstYear}, 1, 1))
            // Metadata the document does not print is inferred, with the reason; delete this
            // line when the document prints its date.
            .inferred(
                MetadataField.ISSUE_DATE,
                "TODO: why this date, e.g. 文末无落款日期;取页面“发布时间” (the page's publication time)")
            .period(${firstYear}, ${lastYear});
    ${classPrefix}Forms.all().forEach(plan::form);
    ${classPrefix}Indicators.all().forEach(plan::indicator);
    return plan.build();
  }
}
