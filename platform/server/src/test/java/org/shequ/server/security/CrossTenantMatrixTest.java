package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every tenant route × every role, against one tenant's data: the tenant's own staff get in as
 * their role allows, national and platform staff read but never write, and other tenants' staff get
 * exactly what a non-existent tenant gives — a 404 with nothing of the tenant's data in it.
 */
class CrossTenantMatrixTest extends ShequServerTest {
  protected static final String TENANT = "jiexiu";
  private static final String FORM = "JX-COMMUNITY";
  private static final String PLAN = "jiexiu-2018-2020";

  @Autowired PlanRegistry plans;

  protected final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String street = "mx-street-" + suffix;
  protected final String community = "mx-comm-" + suffix;
  private final String secretName = "机密社区" + suffix;

  /** One route: method, path, body, and whether it writes. */
  private record Route(HttpMethod method, String path, Object body, boolean writes) {}

  protected enum Who {
    OWN_ADMIN,
    OWN_REPORTER,
    OTHER_ADMIN,
    OTHER_REPORTER,
    ANALYST,
    PLATFORM
  }

  /**
   * The caller, placed by its token's claims ({@link CrossTenantMembershipMatrixTest}: by
   * membership).
   */
  protected WebTestClient client(Who who) {
    return switch (who) {
      case OWN_ADMIN -> regionAdmin(TENANT);
      case OWN_REPORTER -> as("rep-" + suffix, TENANT, community, Role.REPORTER);
      case OTHER_ADMIN -> regionAdmin("xiamen");
      case OTHER_REPORTER -> as("xm-rep", "xiamen", "xm-somewhere", Role.REPORTER);
      case ANALYST -> nationalAnalyst();
      case PLATFORM -> platformAdmin();
    };
  }

  @BeforeEach
  void aStreetACommunityAndAReport() {
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(Map.of("id", street, "level", "STREET", "name", Map.of("zh", "矩阵街道" + suffix)))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(
            Map.of(
                "id",
                community,
                "parentId",
                street,
                "level",
                "COMMUNITY",
                "area",
                "RURAL",
                "population",
                2500,
                "name",
                Map.of("zh", secretName)))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    regionAdmin(TENANT)
        .put()
        .uri("/api/v1/tenants/{t}/calendar/" + FORM + "/2019", TENANT)
        .bodyValue(Map.of("opens", "2019-01-01", "closes", "2020-03-31"))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    regionAdmin(TENANT)
        .put()
        .uri(reportPath(), TENANT)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  private String reportPath() {
    return "/api/v1/tenants/{t}/reports/" + FORM + "/" + community + "/2019";
  }

  private Map<String, Object> validValues() {
    Form form = plans.plan(PLAN).orElseThrow().plan().form(FORM).orElseThrow();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : form.fields()) {
      switch (f.type()) {
        case BOOLEAN -> values.put(f.code(), false);
        case INTEGER, DECIMAL, PERCENT ->
            values.put(f.code(), f.min() == null ? BigDecimal.ZERO : f.min());
        case ENUM -> values.put(f.code(), f.options().get(0).code());
        default -> {}
      }
    }
    return values;
  }

  private List<Route> routes() {
    String t = "/api/v1/tenants/" + TENANT;
    String report = t + "/reports/" + FORM + "/" + community + "/2019";
    List<Route> routes = new ArrayList<>();
    routes.add(new Route(HttpMethod.GET, t, null, false));
    routes.add(new Route(HttpMethod.GET, t + "/org-units?view=flat", null, false));
    routes.add(new Route(HttpMethod.GET, t + "/org-units/" + community, null, false));
    routes.add(new Route(HttpMethod.GET, t + "/org-units/" + community + "/history", null, false));
    routes.add(
        new Route(HttpMethod.GET, t + "/reports?formCode=" + FORM + "&period=2019", null, false));
    routes.add(new Route(HttpMethod.GET, report, null, false));
    routes.add(new Route(HttpMethod.GET, report + "/history", null, false));
    routes.add(new Route(HttpMethod.GET, t + "/calendar/" + FORM + "/2019", null, false));
    routes.add(
        new Route(HttpMethod.GET, t + "/progress?plan=" + PLAN + "&period=2019", null, false));
    routes.add(
        new Route(
            HttpMethod.GET, t + "/progress/tasks?plan=" + PLAN + "&period=2019", null, false));
    routes.add(
        new Route(
            HttpMethod.POST,
            t + "/org-units",
            Map.of(
                "id",
                "mx-new-" + suffix,
                "parentId",
                street,
                "level",
                "COMMUNITY",
                "area",
                "URBAN",
                "name",
                Map.of("zh", "新社区")),
            true));
    routes.add(
        new Route(
            HttpMethod.PUT,
            t + "/calendar/" + FORM + "/2019",
            Map.of("opens", "2019-01-01", "closes", "2020-03-31"),
            true));
    routes.add(new Route(HttpMethod.POST, report + "/approve", Map.of(), true));
    return routes;
  }

  private Map<String, Object> exchange(Who who, Route route) {
    WebTestClient.RequestBodySpec spec =
        client(who).method(route.method()).uri(route.path()).header("If-Match", "\"1\"");
    WebTestClient.ResponseSpec response =
        route.body() == null
            ? spec.exchange()
            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(route.body()).exchange();
    var result = response.expectBody(String.class).returnResult();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", result.getStatus().value());
    out.put("body", result.getResponseBody() == null ? "" : result.getResponseBody());
    return out;
  }

  @Test
  void otherTenantsStaffGetNothingButA404() {
    for (Who who : List.of(Who.OTHER_ADMIN, Who.OTHER_REPORTER)) {
      for (Route route : routes()) {
        Map<String, Object> r = exchange(who, route);
        assertThat(r.get("status"))
            .as("%s %s %s", who, route.method(), route.path())
            .isEqualTo(404);
        assertThat((String) r.get("body"))
            .as("%s %s %s", who, route.method(), route.path())
            .doesNotContain(secretName, community.replace("mx-comm-", "x"), "介休", "2500");
      }
    }
  }

  @Test
  void nationalAndPlatformStaffReadButNeverWrite() {
    for (Who who : List.of(Who.ANALYST, Who.PLATFORM)) {
      for (Route route : routes()) {
        int status = (int) exchange(who, route).get("status");
        if (route.writes()) {
          assertThat(status).as("%s %s %s", who, route.method(), route.path()).isEqualTo(403);
        } else {
          assertThat(status).as("%s %s %s", who, route.method(), route.path()).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void theTenantsReporterReadsItsUnitAndCannotAdminister() {
    for (Route route : routes()) {
      int status = (int) exchange(Who.OWN_REPORTER, route).get("status");
      String what = route.method() + " " + route.path();
      if (route.writes()) {
        assertThat(status).as(what).isEqualTo(403);
      } else if (route.path().contains("/org-units/" + community)
          || route.path().contains("/reports")
          || route.path().contains("/calendar")
          || route.path().endsWith("/" + TENANT)) {
        assertThat(status).as(what).isEqualTo(200);
      }
    }
  }

  @Test
  void theTenantsAdminDoesEverything() {
    for (Route route : routes()) {
      int status = (int) exchange(Who.OWN_ADMIN, route).get("status");
      String what = route.method() + " " + route.path();
      if (route.path().endsWith("/approve")) {
        // A draft cannot be approved before it is submitted: refused on the merits, not on access.
        assertThat(status).as(what).isEqualTo(409);
      } else {
        assertThat(status).as(what).isBetween(200, 201);
      }
    }
  }
}
