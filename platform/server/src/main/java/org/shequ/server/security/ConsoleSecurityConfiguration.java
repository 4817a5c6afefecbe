package org.shequ.server.security;

import org.shequ.server.web.ProblemHandler;
import org.shequ.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The console's own filter chain, ahead of the API's: the only place with a web session (cookie
 * {@code SESSION}), OpenID Connect sign-in and CSRF protection. The API keeps its stateless bearer
 * tokens; the console's scripts fetch one from {@code GET /console/session} and call the API with
 * it like any other client.
 *
 * <p>CSRF: a state-changing {@code /console/**} request must echo the {@code XSRF-TOKEN} cookie
 * (set, readable by scripts, on every console response that lacks it) in the {@code X-XSRF-TOKEN}
 * header; without it the answer is 403 {@code csrf-refused}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

  /** Where the browser lands after signing in with the issuer, and after a refused callback. */
  static final String AFTER_SIGN_IN = "/";

  static final String SIGN_IN_FAILED = "/#/sign-in?error=oidc";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain consoleFilterChain(
      ServerHttpSecurity http,
      ObjectProvider<ReactiveClientRegistrationRepository> registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients) {
    http.securityMatcher(
            ServerWebExchangeMatchers.pathMatchers("/console/**", "/oauth2/**", "/login/oauth2/**"))
        .securityContextRepository(new WebSessionServerSecurityContextRepository())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        // Signing out is the console's own route, which also names the issuer's end-session URL.
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens())
                    // The scripts send the cookie's value as it is (no BREACH masking): the
                    // answers carrying it are JSON of the caller's own, never reflected input.
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .accessDeniedHandler(
                        (exchange, e) ->
                            ProblemHandler.write(
                                exchange,
                                Problems.of(HttpStatus.FORBIDDEN, "csrf-refused").build())))
        .addFilterAfter(issueCsrfCookie(), SecurityWebFiltersOrder.CSRF)
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
        // Each console route decides from the session itself; an absent one is a 401 there.
        .authorizeExchange(auth -> auth.anyExchange().permitAll())
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (exchange, e) -> ProblemHandler.write(exchange, Problems.unauthorized()))
                    .accessDeniedHandler(
                        (exchange, e) -> ProblemHandler.write(exchange, Problems.forbidden())));
    ReactiveClientRegistrationRepository issuer = registrations.getIfAvailable();
    if (issuer != null) {
      http.oauth2Login(
          login ->
              login
                  .clientRegistrationRepository(issuer)
                  .authorizedClientRepository(authorizedClients)
                  .authorizationRequestResolver(pkceAlways(issuer))
                  .authenticationSuccessHandler(
                      new RedirectServerAuthenticationSuccessHandler(AFTER_SIGN_IN))
                  .authenticationFailureHandler(signInRefused()));
    }
    return http.build();
  }

  /** Back to the sign-in page, which says so; the reason goes to the log, not to the browser. */
  private static ServerAuthenticationFailureHandler signInRefused() {
    RedirectServerAuthenticationFailureHandler redirect =
        new RedirectServerAuthenticationFailureHandler(SIGN_IN_FAILED);
    return (filterExchange, e) -> {
      log.info("console sign-in with the issuer refused: {}", e.getMessage());
      return redirect.onAuthenticationFailure(filterExchange, e);
    };
  }

  /**
   * The signed-in user's tokens live in the web session, like the rest of the sign-in: nothing of
   * it outlives the session or is kept anywhere else.
   */
  @Bean
  ServerOAuth2AuthorizedClientRepository consoleAuthorizedClients() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }

  /**
   * PKCE (S256) on every authorization request, confidential clients included: a code intercepted
   * on its way back is useless without the verifier kept in the session.
   */
  private static DefaultServerOAuth2AuthorizationRequestResolver pkceAlways(
      ReactiveClientRegistrationRepository issuer) {
    DefaultServerOAuth2AuthorizationRequestResolver resolver =
        new DefaultServerOAuth2AuthorizationRequestResolver(issuer);
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return resolver;
  }

  /** {@code XSRF-TOKEN}, readable by the console's scripts, SameSite=Lax, Secure over HTTPS. */
  private static CookieServerCsrfTokenRepository csrfTokens() {
    CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return tokens;
  }

  /**
   * Spring Security makes the CSRF token only when something asks for it; asking on every console
   * request puts the cookie in place before the scripts' first POST needs it.
   */
  private static WebFilter issueCsrfCookie() {
    return (exchange, chain) -> {
      Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
      return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
    };
  }
}
