package org.shequ.server.console;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shequ.server.security.Caller;
import org.shequ.server.security.TokenCallers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The console's OpenID Connect side: whether it is offered, the access token of a session signed in
 * with the issuer (refreshed when it nears expiry) and the issuer's end-session URL for signing
 * out. Present always; without a client registration every answer is empty.
 */
@Component
public class OidcSignIn {
  private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

  /** Where the console's scripts send the browser to sign in with the issuer. */
  public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

  private final OidcSignInProperties properties;
  private final ReactiveClientRegistrationRepository registrations;
  private final ReactiveOAuth2AuthorizedClientManager clients;
  private final TokenCallers callers;

  OidcSignIn(
      OidcSignInProperties properties,
      ObjectProvider<ReactiveClientRegistrationRepository> registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients,
      TokenCallers callers) {
    this.properties = properties;
    this.callers = callers;
    this.registrations = registrations.getIfAvailable();
    this.clients =
        this.registrations == null ? null : manager(this.registrations, authorizedClients);
  }

  /** A session's access token from the issuer, and when it expires (null if it did not say). */
  public record IssuedToken(String accessToken, Instant expiresAt) {}

  /** The path that starts the authorization code flow, when OIDC sign-in is configured. */
  public Mono<String> authorizationPath() {
    return registration().map(r -> AUTHORIZATION_PATH + r.getRegistrationId());
  }

  /**
   * The access token of the current session when it was signed in with the issuer, refreshed first
   * when it expires within {@link OidcSignInProperties#refreshBefore()}. Empty when the session was
   * not signed in that way or the issuer no longer grants a token (then the session's client is
   * forgotten, and the user must sign in again).
   */
  public Mono<IssuedToken> currentToken(ServerWebExchange exchange) {
    if (clients == null) {
      return Mono.empty();
    }
    return signedIn()
        .flatMap(authentication -> authorize(authentication, exchange))
        .map(
            client ->
                new IssuedToken(
                    client.getAccessToken().getTokenValue(),
                    client.getAccessToken().getExpiresAt()));
  }

  /**
   * The console session of a user signed in with the issuer: the (fresh) access token and who the
   * API takes its bearer to be. Empty when nobody is signed in that way, and when the API would
   * refuse the token (an issuer the API does not trust: a configuration error, logged).
   */
  Mono<ConsoleSession> currentSession(ServerWebExchange exchange) {
    return currentToken(exchange)
        .flatMap(
            token ->
                callers
                    .callerOf(token.accessToken())
                    .map(caller -> session(caller, token))
                    .onErrorResume(
                        e -> {
                          log.warn(
                              "the API refuses the access token of the console's issuer; does"
                                  + " spring.security.oauth2.resourceserver.jwt.issuer-uri name"
                                  + " the same issuer? {}",
                              e.toString());
                          return Mono.empty();
                        }));
  }

  private static ConsoleSession session(Caller caller, IssuedToken token) {
    List<String> roles = caller.roles().stream().map(Enum::name).sorted().toList();
    return new ConsoleSession(
        caller.subject(),
        caller.tenant(),
        roles,
        caller.orgUnit(),
        "oidc",
        token.accessToken(),
        token.expiresAt(),
        null);
  }

  /**
   * The issuer's RP-initiated logout URL for the current session, with {@code id_token_hint} and
   * {@code post_logout_redirect_uri} back to the console ({@code /} of this server); empty when the
   * session was not signed in with the issuer or the issuer has no end-session endpoint. Read it
   * before the session is invalidated.
   */
  public Mono<URI> endSessionUrl(ServerWebExchange exchange) {
    return signedIn()
        .filter(authentication -> authentication.getPrincipal() instanceof OidcUser)
        .flatMap(
            authentication ->
                registration()
                    .flatMap(r -> Mono.justOrEmpty(endSessionEndpoint(r)))
                    .map(
                        endpoint ->
                            UriComponentsBuilder.fromUri(endpoint)
                                .queryParam(
                                    "id_token_hint",
                                    ((OidcUser) authentication.getPrincipal())
                                        .getIdToken()
                                        .getTokenValue())
                                .queryParam("post_logout_redirect_uri", consoleHome(exchange))
                                .encode()
                                .build()
                                .toUri()));
  }

  /** The session's sign-in with this console's registration, if it was made that way. */
  private Mono<OAuth2AuthenticationToken> signedIn() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(SecurityContext::getAuthentication)
        .filter(Authentication::isAuthenticated)
        .ofType(OAuth2AuthenticationToken.class)
        .filter(
            token -> token.getAuthorizedClientRegistrationId().equals(properties.registrationId()));
  }

  private Mono<OAuth2AuthorizedClient> authorize(
      OAuth2AuthenticationToken authentication, ServerWebExchange exchange) {
    OAuth2AuthorizeRequest request =
        OAuth2AuthorizeRequest.withClientRegistrationId(properties.registrationId())
            .principal(authentication)
            .attribute(ServerWebExchange.class.getName(), exchange)
            .build();
    // A refused refresh (revoked, expired session at the issuer) means: signed out.
    return clients.authorize(request).onErrorResume(e -> Mono.empty());
  }

  private Mono<ClientRegistration> registration() {
    return registrations == null
        ? Mono.empty()
        : registrations.findByRegistrationId(properties.registrationId());
  }

  private Optional<URI> endSessionEndpoint(ClientRegistration registration) {
    if (properties.endSessionUri() != null) {
      return Optional.of(properties.endSessionUri());
    }
    return Optional.ofNullable(
            registration
                .getProviderDetails()
                .getConfigurationMetadata()
                .get("end_session_endpoint"))
        .map(Object::toString)
        .map(URI::create);
  }

  /** This server's {@code /}, as the browser reached it. */
  private static String consoleHome(ServerWebExchange exchange) {
    return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
        .replacePath("/")
        .replaceQuery(null)
        .fragment(null)
        .build()
        .toUriString();
  }

  private ReactiveOAuth2AuthorizedClientManager manager(
      ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients) {
    ReactiveOAuth2AuthorizedClientProvider provider =
        ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
            .authorizationCode()
            .refreshToken(refresh -> refresh.clockSkew(properties.refreshBefore()))
            .build();
    DefaultReactiveOAuth2AuthorizedClientManager manager =
        new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
    manager.setAuthorizedClientProvider(provider);
    return manager;
  }
}
