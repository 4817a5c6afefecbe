package org.shequ.server.security;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The local demo login ({@code GET /dev/login}): one row per demo user of each role and tenant,
 * each with a button that fetches a token from {@code /api/v1/dev/token}. Exists only where that
 * endpoint does (embedded default, loopback callers).
 */
@RestController
class DemoLoginController {
  private final ObjectProvider<DevTokenIssuer> issuer;
  private final TenantRepository tenants;
  private final TenantDatabase database;

  DemoLoginController(
      ObjectProvider<DevTokenIssuer> issuer, TenantRepository tenants, TenantDatabase database) {
    this.issuer = issuer;
    this.tenants = tenants;
    this.database = database;
  }

  /** A demo user: who, which tenant, which roles, which org unit. */
  record DemoUser(String subject, String label, String tenant, String role, String orgUnit) {}

  @GetMapping(value = "/dev/login", produces = MediaType.TEXT_HTML_VALUE)
  Mono<String> page(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (issuer.getIfAvailable() == null
        || remote == null
        || !remote.getAddress().isLoopbackAddress()) {
      return Mono.error(Problems.notFound("route", "/dev/login"));
    }
    return users().map(DemoLoginController::render);
  }

  /** Demo users: a region admin and a reporter (at its first community) per tenant, and staff. */
  Mono<List<DemoUser>> users() {
    return tenants
        .findAll()
        .filter(Tenant::active)
        .concatMap(
            t ->
                firstCommunity(t.id())
                    .defaultIfEmpty("")
                    .map(
                        unit ->
                            List.of(
                                new DemoUser(
                                    "admin-" + t.id(),
                                    t.name().zh() + " 区域管理员",
                                    t.id(),
                                    "REGION_ADMIN",
                                    null),
                                new DemoUser(
                                    "reporter-" + t.id(),
                                    t.name().zh()
                                        + " 填报员"
                                        + (unit.isEmpty() ? "" : "（" + unit + "）"),
                                    t.id(),
                                    "REPORTER",
                                    unit.isEmpty() ? null : unit))))
        .collectList()
        .map(
            perTenant -> {
              List<DemoUser> all = new ArrayList<>();
              perTenant.forEach(all::addAll);
              all.add(
                  new DemoUser(
                      "analyst", "国家级人员 National analyst", null, "NATIONAL_ANALYST", null));
              all.add(
                  new DemoUser("operator", "平台运维 Platform admin", null, "PLATFORM_ADMIN", null));
              return all;
            });
  }

  private Mono<String> firstCommunity(String tenantId) {
    return database.inTenantOne(
        tenantId,
        db ->
            db.sql(
                    "SELECT o.org_unit_id FROM org_unit o JOIN org_unit_version v USING (tenant_id,"
                        + " org_unit_id) WHERE o.level = 'COMMUNITY' AND v.valid_to IS NULL AND"
                        + " v.active ORDER BY o.org_unit_id LIMIT 1")
                .map(row -> row.get(0, String.class))
                .one());
  }

  private static String render(List<DemoUser> users) {
    StringBuilder rows = new StringBuilder();
    for (DemoUser u : users) {
      String body =
          "{\"subject\":\""
              + u.subject()
              + "\",\"roles\":[\""
              + u.role()
              + "\"]"
              + (u.tenant() == null ? "" : ",\"tenant\":\"" + u.tenant() + "\"")
              + (u.orgUnit() == null ? "" : ",\"orgUnit\":\"" + u.orgUnit() + "\"")
              + "}";
      rows.append("<tr><td>")
          .append(HtmlUtils.htmlEscape(u.label()))
          .append("</td><td><code>")
          .append(HtmlUtils.htmlEscape(u.subject()))
          .append("</code></td><td>")
          .append(u.role())
          .append("</td><td>")
          .append(u.tenant() == null ? "—" : HtmlUtils.htmlEscape(u.tenant()))
          .append("</td><td><button data-body='")
          .append(HtmlUtils.htmlEscape(body))
          .append("'>获取令牌 Get token</button></td></tr>\n");
    }
    return """
        <!doctype html>
        <html lang="zh"><head><meta charset="utf-8"><title>Shequ 演示登录 Demo login</title>
        <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:left}
        textarea{width:100%%;height:6em}.warn{background:#fff3cd;padding:.5em}</style></head>
        <body><h1>Shequ 演示登录 · Demo login</h1>
        <p class="warn">仅限本机开发使用；数据为合成示例数据。Local development only; the data is
        synthetic demo data. Tokens are signed with the key in the data directory.</p>
        <table><tr><th>用户 User</th><th>subject</th><th>角色 Role</th><th>租户 Tenant</th><th></th></tr>
        %s</table>
        <h2>令牌 Token</h2><textarea id="token" readonly></textarea>
        <p>curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/tenants</p>
        <script>
        document.querySelectorAll('button[data-body]').forEach(b => b.onclick = async () => {
          const r = await fetch('/api/v1/dev/token', {method: 'POST',
            headers: {'Content-Type': 'application/json'}, body: b.dataset.body});
          document.getElementById('token').value = (await r.json()).access_token;
        });
        </script></body></html>
        """
        .formatted(rows);
  }
}
