package org.shequ.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shequ.server.member.ActiveMembers;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.LoopbackOnly;
import org.shequ.server.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The local demo login ({@code GET /dev/login}): one row per demo user of each role and tenant,
 * each with a button that fetches a token from {@code /api/v1/dev/token}. Exists only where that
 * endpoint does (embedded default, requests from this machine to this machine: {@link
 * LoopbackOnly}).
 */
@RestController
class DemoLoginController {
  // Read once at start-up: no file access on the event loop.
  private static final String SCRIPT = resource("login.js");
  private static final String STYLE = resource("login.css");

  private final ObjectProvider<DevTokenIssuer> issuer;
  private final DemoUsers users;
  private final ActiveMembers members;

  DemoLoginController(
      ObjectProvider<DevTokenIssuer> issuer, DemoUsers users, ActiveMembers members) {
    this.issuer = issuer;
    this.users = users;
    this.members = members;
  }

  @GetMapping(value = "/dev/login", produces = MediaType.TEXT_HTML_VALUE)
  Mono<String> page(ServerWebExchange exchange) {
    return local(exchange, "/dev/login")
        .then(Mono.zip(members.all().collectList(), users.all()))
        .map(t -> render(t.getT1(), t.getT2()));
  }

  /** The page's script, a file of its own: the Content-Security-Policy allows no inline script. */
  @GetMapping(value = "/dev/login.js", produces = "text/javascript")
  Mono<String> script(ServerWebExchange exchange) {
    return local(exchange, "/dev/login.js").thenReturn(SCRIPT);
  }

  /** The page's style sheet, for the same reason. */
  @GetMapping(value = "/dev/login.css", produces = "text/css")
  Mono<String> style(ServerWebExchange exchange) {
    return local(exchange, "/dev/login.css").thenReturn(STYLE);
  }

  /** Completes for a local caller while the embedded issuer is active; else the route is absent. */
  private Mono<Void> local(ServerWebExchange exchange, String route) {
    return issuer.getIfAvailable() != null && LoopbackOnly.accepts(exchange.getRequest())
        ? Mono.empty()
        : Mono.error(Problems.notFound("route", route));
  }

  private static String resource(String name) {
    try {
      return new ClassPathResource("dev-login/" + name).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing dev-login/" + name, e);
    }
  }

  /** One row per member: its token names only its identity, and its membership places it. */
  private static String memberRows(List<ActiveMembers.Listed> members) {
    StringBuilder rows = new StringBuilder();
    for (ActiveMembers.Listed m : members) {
      String body = "{\"memberId\":\"" + m.memberId() + "\"}";
      String label = m.displayName() == null ? m.username() : m.displayName();
      rows.append("<tr><td>")
          .append(HtmlUtils.htmlEscape(label))
          .append("</td><td><code>")
          .append(HtmlUtils.htmlEscape(m.username()))
          .append("</code></td><td>")
          .append(String.join(", ", m.roles().stream().map(Enum::name).toList()))
          .append("</td><td>")
          .append(m.tenant() == null ? "—" : HtmlUtils.htmlEscape(m.tenant()))
          .append("</td><td><button data-body='")
          .append(HtmlUtils.htmlEscape(body))
          .append("'>获取令牌 Get token</button></td></tr>\n");
    }
    return rows.toString();
  }

  private static String render(List<ActiveMembers.Listed> members, List<DemoUsers.DemoUser> users) {
    StringBuilder rows = new StringBuilder();
    for (DemoUsers.DemoUser u : users) {
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
        <link rel="stylesheet" href="/dev/login.css"></head>
        <body><h1>Shequ 演示登录 · Demo login</h1>
        <p class="warn">仅限本机开发使用；数据为合成示例数据。Local development only; the data is
        synthetic demo data. Tokens are signed with the key in the data directory.</p>
        <h2>成员 Members</h2>
        <table><tr><th>成员 Member</th><th>username</th><th>角色 Roles</th><th>租户 Tenant</th><th></th></tr>
        %s</table>
        <h2>按声明 By token claims</h2>
        <table><tr><th>用户 User</th><th>subject</th><th>角色 Role</th><th>租户 Tenant</th><th></th></tr>
        %s</table>
        <h2>令牌 Token</h2><textarea id="token" readonly></textarea>
        <p>curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/tenants</p>
        <script src="/dev/login.js"></script></body></html>
        """
        .formatted(memberRows(members), rows);
  }
}
