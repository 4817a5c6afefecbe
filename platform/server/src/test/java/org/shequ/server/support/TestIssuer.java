package org.shequ.server.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.shequ.server.security.Role;

/**
 * An OpenID Connect issuer shaped like a Keycloak realm ({@code /realms/shequ}): its discovery
 * document and its JWKS, on a fixed port so it can be stopped and started again under the same
 * issuer URI, and tokens signed with its key.
 */
public final class TestIssuer implements AutoCloseable {
  private final int port;
  private final RSAKey key;
  private HttpServer server;

  public TestIssuer(int port) {
    this.port = port;
    try {
      this.key = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The issuer URI, whether it answers or not. */
  public String uri() {
    return "http://127.0.0.1:" + port + "/realms/shequ";
  }

  /** Starts answering (again). */
  public synchronized TestIssuer start() {
    if (server != null) {
      return this;
    }
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/realms/shequ/.well-known/openid-configuration",
        exchange ->
            send(
                exchange,
                "{\"issuer\":\""
                    + uri()
                    + "\",\"jwks_uri\":\""
                    + uri()
                    + "/protocol/openid-connect/certs\",\"authorization_endpoint\":\""
                    + uri()
                    + "/protocol/openid-connect/auth\",\"token_endpoint\":\""
                    + uri()
                    + "/protocol/openid-connect/token\",\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"response_types_supported\":[\"code\"]}"));
    server.createContext(
        "/realms/shequ/protocol/openid-connect/certs",
        exchange -> send(exchange, new JWKSet(key.toPublicJWK()).toString()));
    server.start();
    return this;
  }

  /** Stops answering: connections to its port are refused. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** A token of this issuer for {@code subject} with {@code roles}, in {@code tenant}. */
  public String token(String subject, String tenant, String orgUnit, Role... roles) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(uri())
            .subject(subject)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .claim("roles", List.of(roles).stream().map(Role::name).toList());
    if (tenant != null) {
      claims.claim("tenant", tenant);
    }
    if (orgUnit != null) {
      claims.claim("org_unit", orgUnit);
    }
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
