package org.shequ.server.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The cross-tenant matrix again, with every caller placed by a membership kept in Shequ: tokens
 * that name an identity and claim nothing else.
 */
class CrossTenantMembershipMatrixTest extends CrossTenantMatrixTest {
  private final Map<Who, WebTestClient> callers = new EnumMap<>(Who.class);

  @Override
  protected WebTestClient client(Who who) {
    return callers.computeIfAbsent(who, this::member);
  }

  private WebTestClient member(Who who) {
    String username = "mx-" + who.name().toLowerCase(java.util.Locale.ROOT) + "-" + suffix;
    String path =
        switch (who) {
          case OWN_ADMIN, OWN_REPORTER -> "/api/v1/tenants/" + TENANT + "/members";
          case OTHER_ADMIN, OTHER_REPORTER -> "/api/v1/tenants/xiamen/members";
          case ANALYST, PLATFORM -> "/api/v1/platform/members";
        };
    Object body =
        switch (who) {
          case OWN_ADMIN, OTHER_ADMIN ->
              Map.of("username", username, "roles", List.of("REGION_ADMIN"));
          case OWN_REPORTER ->
              Map.of(
                  "username",
                  username,
                  "roles",
                  List.of("REPORTER"),
                  "orgUnits",
                  List.of(community));
          case OTHER_REPORTER -> Map.of("username", username, "roles", List.of("REPORTER"));
          case ANALYST -> Map.of("username", username, "roles", List.of("NATIONAL_ANALYST"));
          case PLATFORM -> Map.of("username", username, "roles", List.of("PLATFORM_ADMIN"));
        };
    platformAdmin().post().uri(path).bodyValue(body).exchange().expectStatus().isCreated();
    String token = tokens.issue(username, null, List.of(), null);
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }
}
