package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.UnitReport;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.progress.ProgressQuery;
import org.shequ.server.progress.ProgressRollup;
import org.shequ.server.progress.ProgressService;
import org.shequ.server.progress.RollupRebuilds;
import org.shequ.server.progress.TenantPlans;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthetic demo data of the four regions, seeded once by a server on a fresh database: its
 * scale, its labels, its validity against every form, its trends, and that it is never seeded
 * twice.
 */
@ExtendWith(PostgresExtension.class)
class DemoDataTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static RunningServer server;

  /** A stored unit, as a plan sees it, with its labels. */
  record StoredUnit(
      OrgUnitProfile profile, String parent, String nameZh, String nameEn, String changedBy) {}

  /** A stored report version. */
  record StoredReport(
      String form,
      String unit,
      String period,
      String plan,
      int version,
      String status,
      String action,
      String actor,
      Map<String, Object> values) {}

  @BeforeAll
  static void seed(TestDatabase db) throws TimeoutException {
    server =
        RunningServer.start(
            db,
            "shequ.demo-data.force=true",
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + TestPaths.tenantsDir());
    // The server is ready now; seeding has only begun.
    readinessAtStart =
        server
            .client()
            .mutate()
            .responseTimeout(Duration.ofSeconds(30))
            .build()
            .get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    seedingAtStart = server.bean(DemoDataSeeding.class).status();
    seeded = server.bean(DemoDataSeeding.class).await(Duration.ofMinutes(3));
  }

  private static String readinessAtStart;
  private static DemoDataSeeding.Status seedingAtStart;
  private static DemoDataSeeding.Status seeded;

  @Test
  void theServerIsReadyBeforeSeedingEndsAndHealthSaysWhenItIsDone() {
    assertThat(readinessAtStart).contains("\"status\":\"UP\"");
    assertThat(seedingAtStart.stage()).isEqualTo(DemoDataSeeding.Stage.SEEDING);
    assertThat(seedingAtStart.seeded()).doesNotContain("zhejiang");

    assertThat(seeded.stage()).isEqualTo(DemoDataSeeding.Stage.DONE);
    assertThat(seeded.seeded())
        .containsExactlyInAnyOrder("changzhou-xinbei", "jiexiu", "xiamen", "zhejiang");
    server
        .client(server.token("ops", null, null, Role.PLATFORM_ADMIN))
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.components.demoData.status")
        .isEqualTo("UP")
        .jsonPath("$.components.demoData.details.stage")
        .isEqualTo("DONE")
        .jsonPath("$.components.demoData.details.seeded.length()")
        .isEqualTo(4);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void changzhouXinbeiHasExactlyItsFortyEightVillagesAndSixtyCommunities() {
    Map<String, Long> counts = counts("changzhou-xinbei");
    assertThat(counts)
        .containsEntry("COMMUNITY/RURAL", 48L)
        .containsEntry("COMMUNITY/URBAN", 60L)
        .containsEntry("STREET/", 10L)
        .containsEntry("REGION/", 1L);
  }

  @Test
  void theOtherRegionsHaveUnitsAtTheirRealOrderOfMagnitude() {
    Map<String, Long> zj = counts("zhejiang");
    assertThat(zj).containsEntry("CITY/", 11L).containsEntry("COUNTY/", 90L);
    assertThat(zj.get("STREET/")).isBetween(1_100L, 1_600L);
    assertThat(communities(zj)).isBetween(3_500L, 5_000L);
    assertThat(zj.get("COMMUNITY/RURAL")).isGreaterThan(zj.get("COMMUNITY/URBAN"));

    Map<String, Long> xm = counts("xiamen");
    assertThat(xm).containsEntry("COUNTY/", 6L);
    assertThat(xm.get("STREET/")).isBetween(35L, 45L);
    assertThat(communities(xm)).isBetween(400L, 600L);

    Map<String, Long> jx = counts("jiexiu");
    assertThat(jx).containsEntry("STREET/", 16L);
    assertThat(communities(jx)).isBetween(250L, 350L);
    List<Integer> villagePopulations =
        units("jiexiu").stream()
            .filter(u -> u.profile().area() == AreaType.RURAL)
            .map(u -> u.profile().population())
            .toList();
    assertThat(villagePopulations).anyMatch(p -> p < 3_000).anyMatch(p -> p >= 3_000);
  }

  @Test
  void everyUnitAndEveryReportIsLabelledAsSynthetic() {
    for (String tenant : List.of("zhejiang", "changzhou-xinbei", "xiamen", "jiexiu")) {
      List<StoredUnit> units = units(tenant);
      assertThat(units).isNotEmpty();
      assertThat(units)
          .allSatisfy(
              u -> {
                assertThat(u.nameZh()).endsWith("（示例）");
                assertThat(u.nameEn()).endsWith(" (synthetic demo)");
                assertThat(u.profile().tags()).contains("synthetic-demo");
                assertThat(u.changedBy()).isEqualTo("synthetic-demo-data");
              });
      assertThat(units.stream().filter(u -> u.profile().level() == OrgUnitLevel.COMMUNITY))
          .allSatisfy(
              u -> {
                assertThat(u.profile().area()).isIn(AreaType.URBAN, AreaType.RURAL);
                assertThat(u.profile().population()).isPositive();
                assertThat(u.profile().households()).isPositive();
              });
      assertThat(reports(tenant))
          .allSatisfy(r -> assertThat(r.actor()).isEqualTo("synthetic-demo-data"));
    }
  }

  @Test
  void everyFormHasAValidReportAtEveryUnitForEveryYearOfThePlan() {
    for (String tenantId : List.of("zhejiang", "changzhou-xinbei", "xiamen", "jiexiu")) {
      Tenant tenant = tenant(tenantId);
      Plan plan = plan(tenant.plans().get(0));
      List<StoredUnit> units = units(tenantId);
      List<StoredReport> reports = reports(tenantId);
      Map<String, Integer> byForm = new HashMap<>();
      Map<String, Integer> byStatus = new TreeMap<>();
      for (StoredReport r : reports) {
        Form form = plan.form(r.form()).orElseThrow();
        Form.Validation v = form.validate(r.values());
        assertThat(v.violations()).as("%s %s %s", r.form(), r.unit(), r.period()).isEmpty();
        // Stored values are already canonical: validating them changes nothing.
        assertThat(CanonicalJson.of(new TreeMap<>(v.values().values())))
            .isEqualTo(CanonicalJson.of(numbersAsDecimals(r.values())));
        assertThat(r.plan()).isEqualTo(plan.id());
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.action()).isEqualTo(DemoReport.Status.valueOf(r.status()).action());
        byForm.merge(r.form(), 1, Integer::sum);
        byStatus.merge(r.status(), 1, Integer::sum);
      }
      int years = plan.period().endYear() - plan.period().startYear() + 1;
      for (Form form : plan.forms()) {
        long reporting =
            units.stream()
                .filter(
                    u ->
                        u.profile().level() == form.level()
                            && (form.level() != OrgUnitLevel.COMMUNITY
                                || form.appliesTo().covers(u.profile().area())))
                .count();
        assertThat(byForm.getOrDefault(form.code(), 0))
            .as("%s reports", form.code())
            .isEqualTo((int) reporting * years)
            .isPositive();
      }
      // Mostly approved, with a few still in the workflow.
      assertThat(byStatus.get("APPROVED")).isGreaterThan(reports.size() * 8 / 10);
      if (reports.size() > 1_000) {
        assertThat(byStatus).containsKeys("SUBMITTED", "RETURNED", "DRAFT");
      }
    }
  }

  @Test
  void zhejiangRuralServiceCentresStartAtTheDocumentedBaselineAndRise() {
    Plan plan = plan("zhejiang-2016-2020");
    Indicator coverage = plan.indicator("ZJ-02").orElseThrow();
    assertThat(coverage.baseline().year()).isEqualTo(2015);
    List<BigDecimal> yearly = new ArrayList<>();
    for (int year = 2016; year <= 2020; year++) {
      yearly.add(evaluate("zhejiang", coverage, year));
    }
    // 93% in 2015 (the baseline); the first reported year lies just past it.
    assertThat(yearly.get(0)).isBetween(new BigDecimal("90"), new BigDecimal("96"));
    assertThat(yearly.get(4)).isGreaterThan(yearly.get(0));
    for (int i = 1; i < yearly.size(); i++) {
      assertThat(yearly.get(i)).isGreaterThan(yearly.get(i - 1).subtract(BigDecimal.ONE));
    }
  }

  @Test
  void someIndicatorsAreAheadOfTheirTargetAndSomeBehind() {
    Plan plan = plan("changzhou-xinbei-2016-2020");
    int ahead = 0;
    int behind = 0;
    for (String code :
        List.of(
            "XB-HIGH-STANDARD-HARMONIOUS",
            "XB-URBAN-PREMISES-STANDARD",
            "XB-RURAL-PREMISES-STANDARD",
            "XB-INFORMATISATION-COVERAGE",
            "XB-CERTIFIED-WORKERS",
            "XB-URBAN-SOCIAL-ORGS",
            "XB-RURAL-SOCIAL-ORGS",
            "XB-DEMOCRATIC-CONSULTATION")) {
      Indicator i = plan.indicator(code).orElseThrow();
      BigDecimal actual = evaluate("changzhou-xinbei", i, 2019);
      BigDecimal milestone =
          org.shequ.plan.api.Figures.representative(
              i.milestone(2019)
                  .map(m -> m.value())
                  .orElseGet(() -> i.target().regionClause().orElseThrow().value()));
      if (actual.compareTo(milestone) >= 0) {
        ahead++;
      } else {
        behind++;
      }
    }
    assertThat(ahead).isPositive();
    assertThat(behind).isPositive();
  }

  @Test
  void generationIsDeterministicAndMatchesWhatWasStored() {
    DemoDataSeeder seeder = server.bean(DemoDataSeeder.class);
    Tenant jiexiu = tenant("jiexiu");
    var first = seeder.generate(jiexiu, DemoDataProperties.DEFAULT_SEED);
    var second = seeder.generate(jiexiu, DemoDataProperties.DEFAULT_SEED);
    assertThat(second).isEqualTo(first);
    assertThat(first.units()).hasSize(units("jiexiu").size());
    assertThat(first.reports()).hasSize(reports("jiexiu").size());
    var other = seeder.generate(jiexiu, 7L);
    assertThat(other.reports()).isNotEqualTo(first.reports());
  }

  @Test
  void aSecondRunLeavesTenantsWithUnitsAlone() {
    int units = units("xiamen").size();
    int reports = reports("xiamen").size();
    List<DemoDataSeeder.Outcome> outcomes = server.bean(DemoDataSeeder.class).seedAll();
    assertThat(outcomes).isNotEmpty().allSatisfy(o -> assertThat(o.seeded()).isFalse());
    assertThat(units("xiamen")).hasSize(units);
    assertThat(reports("xiamen")).hasSize(reports);
  }

  private BigDecimal evaluate(String tenant, Indicator indicator, int year) {
    Map<String, OrgUnitProfile> profiles = new HashMap<>();
    units(tenant).forEach(u -> profiles.put(u.profile().id(), u.profile()));
    List<UnitReport> inputs =
        reports(tenant).stream()
            .filter(r -> r.form().equals(indicator.computation().formCode()))
            .filter(r -> r.period().equals(Integer.toString(year)))
            .map(
                r ->
                    new UnitReport(
                        profiles.get(r.unit()),
                        plan(r.plan()).form(r.form()).orElseThrow().validate(r.values()).values()))
            .toList();
    return indicator.evaluate(inputs).number();
  }

  private static Map<String, Object> numbersAsDecimals(Map<String, Object> values) {
    Map<String, Object> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, v instanceof Number n ? new BigDecimal(n.toString()) : v));
    return out;
  }

  private static long communities(Map<String, Long> counts) {
    return counts.getOrDefault("COMMUNITY/URBAN", 0L) + counts.getOrDefault("COMMUNITY/RURAL", 0L);
  }

  @Test
  void theProgressRollUpAgreesWithTheReportsForEveryFormSubtreeAndBasis() {
    List<RollupRebuilds.FormBuild> builds =
        server.bean(RollupRebuilds.class).all(true).collectList().block();
    assertThat(builds).isNotEmpty().allMatch(RollupRebuilds.FormBuild::rebuilt);
    ProgressQuery query = server.bean(ProgressQuery.class);
    ProgressRollup rollup = server.bean(ProgressRollup.class);
    TenantDatabase database = server.bean(TenantDatabase.class);
    int compared = 0;
    int drilled = 0;
    for (String tenantId : List.of("zhejiang", "changzhou-xinbei", "xiamen", "jiexiu")) {
      Tenant tenant = tenant(tenantId);
      // The whole tenant, and one unit with children at every level below the top.
      List<String[]> roots = new ArrayList<>();
      roots.add(new String[] {null, null});
      database
          .inTenant(
              tenantId,
              db ->
                  db.sql(
                          """
                          SELECT DISTINCT ON (u.level) v.org_unit_id, u.level
                          FROM org_unit_version v
                          JOIN org_unit u USING (tenant_id, org_unit_id)
                          WHERE v.valid_to IS NULL AND v.parent_id IS NOT NULL
                            AND EXISTS (SELECT 1 FROM org_unit_version c
                                        WHERE c.tenant_id = v.tenant_id AND c.valid_to IS NULL
                                          AND c.parent_id = v.org_unit_id)
                          ORDER BY u.level, v.org_unit_id
                          """)
                      .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)})
                      .all())
          .doOnNext(roots::add)
          .blockLast();
      assertThat(roots).hasSizeGreaterThan(1);
      for (Plan plan : server.bean(TenantPlans.class).loaded(tenant)) {
        List<Integer> years =
            java.util.stream.IntStream.rangeClosed(
                    plan.period().startYear(), plan.period().endYear())
                .boxed()
                .toList();
        for (var spec : ProgressService.forms(plan, plan.indicators())) {
          for (boolean submitted : List.of(false, true)) {
            for (String[] root : roots) {
              OrgUnitLevel level = root[1] == null ? null : OrgUnitLevel.valueOf(root[1]);
              if (level != null && spec.counts(level)) {
                continue; // the root reports the form itself: the direct pass serves it
              }
              var selection =
                  new ProgressQuery.Selection(tenantId, years, root[0], level, false, submitted);
              Map<Integer, ProgressQuery.FormRow> viaRollup = new TreeMap<>();
              database
                  .inTenant(tenantId, db -> rollup.read(db, selection, spec))
                  // A year without any unit of the form is "no data" either way.
                  .filter(r -> r.expected() > 0 || r.reported() > 0)
                  .doOnNext(r -> viaRollup.put(r.year(), r))
                  .blockLast();
              Map<Integer, ProgressQuery.FormRow> direct = new TreeMap<>();
              database
                  .inTenant(tenantId, db -> query.direct(db, selection, spec))
                  .filter(r -> r.expected() > 0 || r.reported() > 0)
                  .doOnNext(r -> direct.put(r.year(), r))
                  .blockLast();
              assertThat(viaRollup)
                  .as("%s %s root %s submitted %s", tenantId, spec.formCode(), root[0], submitted)
                  .isEqualTo(direct);
              compared += direct.size();

              // Drill-down to the root's children, for the plan's last year.
              var children =
                  new ProgressQuery.Selection(
                      tenantId,
                      List.of(years.get(years.size() - 1)),
                      root[0],
                      level,
                      true,
                      submitted);
              var kidsViaRollup =
                  database
                      .inTenant(tenantId, db -> rollup.children(db, children, spec).flux())
                      .blockLast();
              var kidsDirect =
                  database
                      .inTenant(tenantId, db -> query.direct(db, children, spec))
                      .collectList()
                      .block();
              if (kidsViaRollup != null) {
                assertThat(kidsViaRollup)
                    .as("children of %s, %s %s", root[0], tenantId, spec.formCode())
                    .containsExactlyInAnyOrderElementsOf(kidsDirect);
                drilled += kidsDirect.size();
              }
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(200);
    assertThat(drilled).as("children served by the roll-up").isGreaterThan(100);
  }

  private static Map<String, Long> counts(String tenant) {
    Map<String, Long> counts = new TreeMap<>();
    units(tenant)
        .forEach(
            u ->
                counts.merge(
                    u.profile().level()
                        + "/"
                        + (u.profile().level() == OrgUnitLevel.COMMUNITY ? u.profile().area() : ""),
                    1L,
                    Long::sum));
    return counts;
  }

  private static final Map<String, List<StoredUnit>> UNITS = new HashMap<>();
  private static final Map<String, List<StoredReport>> REPORTS = new HashMap<>();

  private static synchronized List<StoredUnit> units(String tenant) {
    return UNITS.computeIfAbsent(
        tenant,
        t ->
            server
                .bean(TenantDatabase.class)
                .inTenant(
                    t,
                    db ->
                        db.sql(
                                """
                                SELECT v.org_unit_id, u.level, v.parent_id, v.name_zh, v.name_en,
                                       v.area, v.population, v.households, v.tags, v.changed_by
                                FROM org_unit u JOIN org_unit_version v USING (tenant_id, org_unit_id)
                                WHERE v.valid_to IS NULL
                                """)
                            .map(
                                row ->
                                    new StoredUnit(
                                        new OrgUnitProfile(
                                            row.get("org_unit_id", String.class),
                                            OrgUnitLevel.valueOf(row.get("level", String.class)),
                                            row.get("area", String.class) == null
                                                ? AreaType.ALL
                                                : AreaType.valueOf(row.get("area", String.class)),
                                            row.get("population", Integer.class),
                                            row.get("households", Integer.class),
                                            Set.of(row.get("tags", String[].class))),
                                        row.get("parent_id", String.class),
                                        row.get("name_zh", String.class),
                                        row.get("name_en", String.class),
                                        row.get("changed_by", String.class)))
                            .all())
                .collectList()
                .block());
  }

  @SuppressWarnings("unchecked")
  private static synchronized List<StoredReport> reports(String tenant) {
    return REPORTS.computeIfAbsent(
        tenant,
        t ->
            server
                .bean(TenantDatabase.class)
                .inTenant(
                    t,
                    db ->
                        db.sql(
                                """
                                SELECT form_code, org_unit_id, period, plan_id, version, status,
                                       action, actor, field_values::text AS v
                                FROM report_version
                                """)
                            .map(
                                row ->
                                    new StoredReport(
                                        row.get("form_code", String.class),
                                        row.get("org_unit_id", String.class),
                                        row.get("period", String.class),
                                        row.get("plan_id", String.class),
                                        row.get("version", Integer.class),
                                        row.get("status", String.class),
                                        row.get("action", String.class),
                                        row.get("actor", String.class),
                                        JSON.readValue(row.get("v", String.class), Map.class)))
                            .all())
                .collectList()
                .block());
  }

  private static Tenant tenant(String id) {
    return server.bean(TenantRepository.class).findById(id).block();
  }

  private static Plan plan(String id) {
    return server.bean(PlanRegistry.class).plan(id).map(LoadedPlan::plan).orElseThrow();
  }
}
