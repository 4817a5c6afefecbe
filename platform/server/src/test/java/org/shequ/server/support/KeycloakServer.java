package org.shequ.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak, the distribution the {@code keycloak} Maven profile unpacked, started once per
 * test JVM ({@code kc.sh start-dev --import-realm}, an in-memory database, the development realm of
 * {@code deploy/keycloak/} imported) and stopped when the JVM ends. Its start takes over a minute,
 * so every Keycloak test shares it.
 *
 * <p>Keycloak needs a JDK 21 or newer: {@code SHEQU_KEYCLOAK_JAVA_HOME} names it, or the newest one
 * under {@code /usr/lib/jvm} is taken. When Keycloak cannot start the tests fail, never skip: they
 * run only in the profile, which asks for them.
 */
public final class KeycloakServer {
  private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

  /** Shequ's test ports are 183xx; Keycloak's own management interface must not take 9000. */
  public static final int HTTP_PORT = 18380;

  private static final int MANAGEMENT_PORT = 18382;
  private static final String REALM = "shequ";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The master realm's administrator of this test Keycloak (bootstrap-admin by environment). */
  private static final String ADMIN = "admin";

  private static final String ADMIN_PASSWORD = java.util.UUID.randomUUID().toString();

  private static KeycloakServer shared;

  private final Process process;
  private final Path logFile;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private KeycloakServer(Process process, Path logFile) {
    this.process = process;
    this.logFile = logFile;
  }

  /** The one Keycloak of this JVM, started on first use. */
  public static synchronized KeycloakServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /** The realm's issuer, as it writes it into {@code iss}. */
  public String issuer() {
    return "http://localhost:" + HTTP_PORT + "/realms/" + REALM;
  }

  public String tokenEndpoint() {
    return issuer() + "/protocol/openid-connect/token";
  }

  /** A development realm user's access token, by the direct grant of {@code shequ-dev-cli}. */
  public String passwordToken(String username) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", "shequ-dev-cli",
            "username", username,
            "password", "dev-" + username,
            "scope", "openid"));
  }

  /** A confidential client's service-account token, by client credentials. */
  public String clientToken(String clientId, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /** The {@code sub} Keycloak gives a development realm user. */
  public String subjectOf(String username) {
    return claims(passwordToken(username)).path("sub").asString();
  }

  /** The payload of a token, decoded without checking it (the server under test checks it). */
  public static JsonNode claims(String token) {
    String[] parts = token.split("\\.");
    return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
  }

  /**
   * Imports a realm file through the admin API under another realm name, as {@code kc.sh import}
   * would import it; answers the new realm's issuer.
   */
  public String importRealmAs(Path file, String realm) {
    try {
      tools.jackson.databind.node.ObjectNode rep =
          (tools.jackson.databind.node.ObjectNode) JSON.readTree(Files.readString(file));
      rep.put("realm", realm);
      HttpResponse<String> answer = admin("POST", "/admin/realms", JSON.writeValueAsString(rep));
      if (answer.statusCode() != 201) {
        throw new IllegalStateException(
            "Keycloak refused the realm (" + answer.statusCode() + "): " + answer.body());
      }
      return "http://localhost:" + HTTP_PORT + "/realms/" + realm;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET of the admin API, as the master realm's administrator; the JSON it answers. */
  public JsonNode adminGet(String path) {
    HttpResponse<String> answer = admin("GET", path, null);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return JSON.readTree(answer.body());
  }

  /** A confidential client's service-account token in another realm of this Keycloak. */
  public String clientToken(String realm, String clientId, String secret) {
    return token(
        "http://localhost:" + HTTP_PORT + "/realms/" + realm + "/protocol/openid-connect/token",
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private HttpResponse<String> admin(String method, String path, String json) {
    String adminToken =
        token(
            "http://localhost:" + HTTP_PORT + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                ADMIN,
                "password",
                ADMIN_PASSWORD));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
            .header("Authorization", "Bearer " + adminToken)
            .timeout(Duration.ofSeconds(60));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String token(Map<String, String> form) {
    return token(tokenEndpoint(), form);
  }

  private String token(String endpoint, Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token (" + answer.statusCode() + "): " + answer.body());
      }
      return JSON.readTree(answer.body()).path("access_token").asString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static KeycloakServer start() {
    Path home = home();
    Path javaHome = javaHome();
    try {
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile(),
          // A directory import takes only files named <realm>-realm.json.
          imports.resolve(REALM + "-realm.json"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Path logFile = home.resolve("keycloak-test.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--db=dev-mem",
                  "--http-port=" + HTTP_PORT,
                  "--http-management-port=" + MANAGEMENT_PORT,
                  "--hostname=http://localhost:" + HTTP_PORT)
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile());
      builder.environment().put("JAVA_HOME", javaHome.toString());
      builder.environment().remove("JAVA_OPTS");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      log.info("starting Keycloak from {} with the JDK in {}", home, javaHome);
      Instant started = Instant.now();
      KeycloakServer server = new KeycloakServer(builder.start(), logFile);
      server.awaitRealm(started);
      log.info("Keycloak answers after {} s", Duration.between(started, Instant.now()).toSeconds());
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak did not start", e);
    }
  }

  /** Waits until the imported realm's discovery document answers: then tokens can be had. */
  private void awaitRealm(Instant started) {
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + " at start:\n" + logTail());
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    stop();
    throw new IllegalStateException(
        "Keycloak did not answer within " + START_TIMEOUT + ":\n" + logTail());
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends Keycloak's JVM, which kc.sh started as its child. */
  public void stop() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The distribution the profile unpacked; without the profile there is none. */
  private static Path home() {
    String home = System.getProperty("shequ.test.keycloak-home");
    if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
      throw new IllegalStateException(
          "no Keycloak distribution at "
              + home
              + ": run the Keycloak tests with the keycloak Maven profile (./mvnw -Pkeycloak"
              + " verify), which unpacks org.keycloak:keycloak-quarkus-dist");
    }
    return Path.of(home);
  }

  /** The production realm file, beside the development one in {@code deploy/keycloak/}. */
  public static Path productionRealmFile() {
    return realmFile().resolveSibling("shequ-realm.json");
  }

  private static Path realmFile() {
    Path realm = Path.of(System.getProperty("shequ.test.keycloak-realm", ""));
    if (!Files.isRegularFile(realm)) {
      throw new IllegalStateException("no development realm file at " + realm);
    }
    return realm;
  }

  /** {@code SHEQU_KEYCLOAK_JAVA_HOME}, else the newest JDK 21+ under /usr/lib/jvm. */
  static Path javaHome() {
    String given = System.getenv("SHEQU_KEYCLOAK_JAVA_HOME");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Optional<Path> found = Optional.empty();
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      found =
          jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
              .filter(jdk -> featureVersion(jdk) >= 21)
              .max(Comparator.comparingInt(KeycloakServer::featureVersion));
    } catch (IOException e) {
      // No /usr/lib/jvm: said below.
    }
    return found.orElseThrow(
        () ->
            new IllegalStateException(
                "Keycloak needs a JDK 21 or newer: set SHEQU_KEYCLOAK_JAVA_HOME or install one"
                    + " under /usr/lib/jvm"));
  }

  /** The JDK's feature version from its {@code release} file; 0 when it has none. */
  private static int featureVersion(Path jdk) {
    Properties release = new Properties();
    try (var in = Files.newBufferedReader(jdk.resolve("release"))) {
      release.load(in);
      String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
      return Integer.parseInt(version.split("[.+-]")[0]);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
