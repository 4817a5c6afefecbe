package org.shequ.server.support;

import java.util.ArrayList;
import java.util.List;
import org.shequ.server.ShequApplication;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A whole Shequ server started the way {@code java -jar} starts it, with the given properties, for
 * tests that restart it or give it unusual plugins, tenants or databases.
 */
public final class RunningServer implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private RunningServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static RunningServer start(String... properties) {
    List<String> props = new ArrayList<>(List.of(properties));
    props.add("server.port=0");
    // As command-line arguments, so they outrank application.yaml as they would in production.
    return new RunningServer(
        new SpringApplicationBuilder(ShequApplication.class)
            .run(props.stream().map(p -> "--" + p).toArray(String[]::new)));
  }

  /**
   * A server on a test database. It signs its own tokens as the embedded default does (key in a
   * fresh temporary data directory), so tests can call it as any role.
   */
  public static RunningServer start(TestDatabase db, String... properties) {
    List<String> props = new ArrayList<>(List.of(db.springProperties()));
    props.add("shequ.embedded-database.active=true");
    props.add("shequ.data-dir=" + TestPaths.tempDataDir());
    props.addAll(List.of(properties));
    return start(props.toArray(String[]::new));
  }

  /** A bearer token this server accepts. */
  public String token(String subject, String tenant, String orgUnit, Role... roles) {
    return bean(DevTokenIssuer.class).issue(subject, tenant, List.of(roles), orgUnit);
  }

  /** A client that sends {@code token} as its bearer token. */
  public WebTestClient client(String token) {
    return client().mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port()).build();
  }

  /** The server's application context, for tests that watch how it starts or stops. */
  public ConfigurableApplicationContext context() {
    return context;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
