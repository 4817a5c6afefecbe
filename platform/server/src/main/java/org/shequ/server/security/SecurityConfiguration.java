package org.shequ.server.security;

import org.shequ.server.web.ProblemHandler;
import org.shequ.server.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may call what, coarsely: plans, the national catalogue, health and the demo login are public;
 * the platform's own endpoints need PLATFORM_ADMIN; comparison needs national or platform staff;
 * everything else needs a valid token, and the handlers then check tenant and org unit.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

  /**
   * For every response, HTML or not: nothing but this origin's own files, no inline script or
   * style, no plugins, no framing. The demo login page is built to live within it.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
          + " 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors"
          + " 'none'";

  @Bean
  SecurityWebFilterChain securityFilterChain(
      ServerHttpSecurity http, CallerConverter callers, ClientRateLimit rateLimit) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        // Every request carries its token: no web session is created, read or looked up.
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        // Spring Security's defaults (nosniff, frame options, no caching, HSTS over TLS), plus:
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
        .authorizeExchange(
            auth ->
                auth.pathMatchers(HttpMethod.GET, "/api/v1/plans", "/api/v1/plans/**")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, "/api/v1/national-indicators")
                    .permitAll()
                    .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, "/api/v1/dev/token")
                    .permitAll()
                    // Guarded like the dev token route: loopback only, embedded default only.
                    .pathMatchers(HttpMethod.GET, "/api/v1/dev/members")
                    .permitAll()
                    // An identity with no role yet may redeem the invitation that gives it one.
                    .pathMatchers(HttpMethod.POST, "/api/v1/me/invitations/*")
                    .authenticated()
                    // The console: its static pages, and its own sign-in session routes, which
                    // decide for themselves who is signed in.
                    .pathMatchers(HttpMethod.GET, ConsoleFiles.PATHS)
                    .permitAll()
                    .pathMatchers("/console/**")
                    .permitAll()
                    .pathMatchers(
                        HttpMethod.GET,
                        "/dev/login",
                        "/dev/login.js",
                        "/dev/login.css",
                        "/favicon.ico",
                        "/v3/api-docs/**")
                    .permitAll()
                    .pathMatchers(
                        "/api/v1/plugins/**",
                        "/api/v1/plugins",
                        "/api/v1/platform/**",
                        "/actuator/prometheus")
                    .hasRole(Role.PLATFORM_ADMIN.name())
                    .pathMatchers("/api/v1/comparison", "/api/v1/comparison/**")
                    .hasAnyRole(Role.NATIONAL_ANALYST.name(), Role.PLATFORM_ADMIN.name())
                    // A valid token without any of Shequ's roles gets nowhere.
                    .anyExchange()
                    .hasAnyRole(
                        java.util.Arrays.stream(Role.values())
                            .map(Role::name)
                            .toArray(String[]::new)))
        .oauth2ResourceServer(
            rs ->
                rs.jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                    // A refused token counts against the client's rate limit.
                    .authenticationEntryPoint(
                        rateLimit.countingFailures(
                            (exchange, e) ->
                                ProblemHandler.write(exchange, Problems.unauthorized())))
                    .accessDeniedHandler(
                        (exchange, e) -> ProblemHandler.write(exchange, Problems.forbidden())))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (exchange, e) -> ProblemHandler.write(exchange, Problems.unauthorized()))
                    .accessDeniedHandler(
                        (exchange, e) -> ProblemHandler.write(exchange, Problems.forbidden())))
        .build();
  }
}
