package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Progress counts the reports carrying warnings per form, per rule and per indicator. */
class ProgressWarningsTest extends ShequServerTest {
  @Autowired TenantDatabase tenantDatabase;

  private static final String PLAN = "changzhou-xinbei-2016-2020";
  private static final String OVER_20 =
      "[{\"field\":\"office_area\",\"code\":\"office-area-within-20-percent\","
          + "\"message\":{\"zh\":\"社区干部办公用房面积超过社区用房面积的20%\",\"en\":\"Office space above 20%\"}}]";

  @Test
  void aWarningCountsForItsFormItsRuleAndTheIndicatorReadingItsField() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    var xinbei = new ReportFixtures(tenantDatabase, "test-xinbei");
    xinbei.unit("WR-" + s, "REGION", null, null, null);
    xinbei.unit("WS-" + s, "STREET", "WR-" + s, null, null);
    xinbei.unit("WC1-" + s, "COMMUNITY", "WS-" + s, "URBAN", 5000);
    xinbei.unit("WC2-" + s, "COMMUNITY", "WS-" + s, "URBAN", 5000);
    xinbei.unit("WC3-" + s, "COMMUNITY", "WS-" + s, "URBAN", 5000);
    String over = "{\"premises_area\":500,\"office_area\":150}";
    xinbei.report("XB-COMMUNITY", "WC1-" + s, "2019", 1, "APPROVED", PLAN, over, OVER_20);
    xinbei.report("XB-COMMUNITY", "WC2-" + s, "2019", 1, "APPROVED", PLAN, over, OVER_20);
    xinbei.report(
        "XB-COMMUNITY",
        "WC3-" + s,
        "2019",
        1,
        "APPROVED",
        PLAN,
        "{\"premises_area\":500,\"office_area\":50}");

    Map<?, ?> view =
        regionAdmin("test-xinbei")
            .get()
            .uri("/api/v1/tenants/test-xinbei/progress?period=2019&orgUnit=WR-" + s)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    List<?> warnings = (List<?>) view.get("warnings");
    assertThat(warnings).hasSize(1);
    Map<?, ?> form = (Map<?, ?>) warnings.get(0);
    assertThat(form.get("formCode")).isEqualTo("XB-COMMUNITY");
    assertThat(form.get("units")).isEqualTo(2);
    Map<?, ?> rule = (Map<?, ?>) ((List<?>) form.get("rules")).get(0);
    assertThat(rule.get("code")).isEqualTo("office-area-within-20-percent");
    assertThat(rule.get("field")).isEqualTo("office_area");
    assertThat(((Map<?, ?>) rule.get("message")).get("zh")).isEqualTo("社区干部办公用房面积超过社区用房面积的20%");
    assertThat(rule.get("units")).isEqualTo(2);
    // The office share reads office_area; the premises average reads only premises_area.
    assertThat(form.get("indicators"))
        .isEqualTo(List.of(Map.of("indicator", "XB-OFFICE-SHARE", "units", 2)));
  }
}
