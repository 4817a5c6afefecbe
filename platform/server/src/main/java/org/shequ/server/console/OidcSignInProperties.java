package org.shequ.server.console;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's OpenID Connect sign-in. The client itself (issuer, client id) is Spring's standard
 * registration, {@code spring.security.oauth2.client.registration.<registrationId>.*} and {@code
 * spring.security.oauth2.client.provider.<registrationId>.*}; the console offers OIDC sign-in only
 * while that registration exists.
 *
 * @param registrationId which of Spring's client registrations the console signs in with
 * @param refreshBefore how long before its expiry a session's access token is refreshed, so the
 *     token the console hands to its scripts stays valid for at least that long
 * @param endSessionUri the issuer's RP-initiated logout endpoint, for issuers whose discovery
 *     document does not name an {@code end_session_endpoint} (or registrations configured without
 *     discovery); unset, the discovery document's is used, and without one signing out ends the
 *     console's session only
 */
@ConfigurationProperties("shequ.console.oidc")
public record OidcSignInProperties(
    String registrationId, Duration refreshBefore, URI endSessionUri) {
  public OidcSignInProperties {
    registrationId = registrationId == null || registrationId.isBlank() ? "shequ" : registrationId;
    refreshBefore = refreshBefore == null ? Duration.ofSeconds(60) : refreshBefore;
  }
}
