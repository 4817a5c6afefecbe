package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.server.progress.ProgressQuery.FormRow;
import org.shequ.server.progress.ProgressQuery.FormSpec;
import org.shequ.server.progress.ProgressQuery.Selection;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measures of per-unit shares with unknown units, checklists and areas judged on their own add
 * up: the roll-up summed per group gives the same figures as one pass over the reports.
 */
class NewSemanticsRollupTest extends ShequServerTest {
  private static final String TENANT = "test-jiexiu";
  private static final String PLAN = "jiexiu-2018-2020";

  @Autowired TenantDatabase tenantDatabase;
  @Autowired ProgressQuery query;
  @Autowired ProgressRollup rollup;

  @Test
  void theRollUpOfTheNewMeasuresEqualsOnePassOverTheReports() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String form = "F-" + s;
    var fx = new ReportFixtures(tenantDatabase, TENANT);
    fx.unit("R-" + s, "REGION", null, null, null);
    for (String street : List.of("S1", "S2")) {
      fx.unit(street + "-" + s, "STREET", "R-" + s, null, null);
    }
    String[][] communities = {
      {
        "C1",
        "S1",
        "URBAN",
        "5000",
        "{\"orgs\":12,\"office\":true,\"clinic\":true,\"library\":true}"
      },
      {"C2", "S1", "RURAL", "2000", "{\"orgs\":2,\"office\":true,\"clinic\":false}"},
      {"C3", "S1", "RURAL", null, "{\"orgs\":9,\"workers\":1,\"office\":false}"},
      {"C4", "S2", "RURAL", "4000", "{\"orgs\":4,\"workers\":0,\"office\":true,\"clinic\":true}"},
      {"C5", "S2", "URBAN", "7000", null},
      {"C6", "S2", "URBAN", null, "{\"orgs\":3,\"workers\":2,\"library\":true}"}
    };
    for (String[] c : communities) {
      fx.unit(
          c[0] + "-" + s,
          "COMMUNITY",
          c[1] + "-" + s,
          c[2],
          c[3] == null ? null : Integer.valueOf(c[3]));
      if (c[4] != null) {
        fx.report(form, c[0] + "-" + s, "2019", 1, "APPROVED", PLAN, c[4]);
      }
    }
    var indicators = NewSemanticsPlans.all();
    var layout = new RollupLayout(PLAN, form, OrgUnitLevel.COMMUNITY, AreaType.ALL, indicators);
    var spec = new FormSpec(layout, indicators);
    var selection = new Selection(TENANT, List.of(2019), "R-" + s, null, false, false);

    FormRow direct =
        tenantDatabase.inTenant(TENANT, db -> query.direct(db, selection, spec)).blockLast();
    FormRow rolledUp =
        tenantDatabase
            .inTenant(
                TENANT,
                db ->
                    rollup
                        .exclusiveLock(db, TENANT)
                        .then(rollup.rebuild(db, TENANT, layout, List.of(2019)))
                        .thenMany(rollup.read(db, selection, spec)))
            .blockLast();

    assertThat(rolledUp.figures()).isEqualTo(direct.figures());
    IndicatorFigures perUnit = direct.figures().get("PER-UNIT");
    // C1 12 ≥ 10, C2 2 ≥ 2 meet; C4 4 < 5 misses; C3 is rural of unknown population; C6 is
    // urban, which needs no population, and misses with 3.
    assertThat(perUnit.actual().number()).isEqualByComparingTo("50");
    assertThat(perUnit.actual().unknown()).isEqualTo(1);
    assertThat(perUnit.reporting().expected()).isEqualTo(6);
    assertThat(perUnit.reporting().reported()).isEqualTo(5);
    IndicatorFigures areas = direct.figures().get("EACH-AREA");
    assertThat(areas.areas().get(0).reporting().expected()).isEqualTo(3);
    assertThat(areas.areas().get(0).reporting().reported()).isEqualTo(2);
    assertThat(areas.areas().get(1).actual().number()).isEqualByComparingTo("66.6667");

    // Drill-down by street from the roll-up equals the same from the reports.
    var byStreet = new Selection(TENANT, List.of(2019), "R-" + s, null, true, false);
    List<FormRow> kids =
        tenantDatabase.inTenant(TENANT, db -> rollup.children(db, byStreet, spec)).blockLast();
    List<FormRow> kidsDirect =
        tenantDatabase
            .inTenant(TENANT, db -> query.direct(db, byStreet, spec))
            .collectList()
            .block();
    assertThat(kids).isNotNull();
    for (FormRow kid : kids) {
      FormRow same =
          kidsDirect.stream()
              .filter(k -> k.branch().equals(kid.branch()))
              .findFirst()
              .orElseThrow();
      assertThat(kid.figures()).as(kid.branch()).isEqualTo(same.figures());
    }
  }
}
