package org.shequ.server.console;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A minimal OpenID Connect issuer for tests, on its own port: a token endpoint that checks the
 * authorization code and its PKCE verifier (S256) and hands out tokens, and the JWKS its ID tokens
 * are signed with. The authorization endpoint is the browser's business, so there is none: a test
 * reads the server's redirect and calls the callback itself, as the issuer would have sent the
 * browser there.
 */
final class FakeIssuer implements AutoCloseable {
  static final String ISSUER = "http://issuer.test";
  static final String CLIENT_ID = "shequ-console";

  private final HttpServer server;
  private final RSAKey key;
  private final List<Map<String, String>> tokenRequests = new ArrayList<>();
  private volatile Map<String, String> expected = Map.of();
  private volatile Supplier<String> accessTokens = () -> "none";
  private volatile long expiresIn = 3600;

  FakeIssuer() {
    try {
      key = new RSAKeyGenerator(2048).keyID("fake-issuer").generate();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/token", this::token);
    server.createContext("/jwks", this::jwks);
    server.start();
  }

  String uri(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * Accept {@code code} once the browser comes back from an authorization request with {@code
   * codeChallenge} and {@code nonce}; answer with access tokens from {@code accessTokens}, each
   * living {@code expiresIn} seconds.
   */
  void expect(
      String code,
      String codeChallenge,
      String nonce,
      Supplier<String> accessTokens,
      long expiresIn) {
    this.expected = Map.of("code", code, "code_challenge", codeChallenge, "nonce", nonce);
    this.accessTokens = accessTokens;
    this.expiresIn = expiresIn;
  }

  /** The forms posted to the token endpoint so far. */
  synchronized List<Map<String, String>> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  /** The form of the latest call of the token endpoint. */
  synchronized Map<String, String> lastTokenRequest() {
    return tokenRequests.get(tokenRequests.size() - 1);
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    synchronized (this) {
      tokenRequests.add(form);
    }
    String grant = form.getOrDefault("grant_type", "");
    boolean granted =
        switch (grant) {
          case "authorization_code" ->
              expected.get("code") != null
                  && expected.get("code").equals(form.get("code"))
                  && CLIENT_ID.equals(form.get("client_id"))
                  && expected.get("code_challenge").equals(s256(form.get("code_verifier")));
          case "refresh_token" -> "refresh-1".equals(form.get("refresh_token"));
          default -> false;
        };
    if (!granted) {
      send(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    String body =
        "{\"access_token\":\""
            + accessTokens.get()
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + ",\"refresh_token\":\"refresh-1\",\"scope\":\"openid\""
            + (grant.equals("authorization_code") ? ",\"id_token\":\"" + idToken() + "\"" : "")
            + "}";
    send(exchange, 200, body);
  }

  private void jwks(HttpExchange exchange) throws IOException {
    send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  private String idToken() {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("reporter-oidc")
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", expected.get("nonce"))
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
