package org.shequ.server.console;

import java.time.Instant;
import java.util.List;

/**
 * What the console page holds in memory after sign-in: who the caller is, as the API reads it, and
 * the bearer token it sends to the API.
 *
 * @param method how the caller signed in: {@code demo} or {@code oidc}
 * @param accessToken the bearer token for the API; kept in the page's memory only
 * @param expiresAt when the token expires; the page asks again before then
 */
record ConsoleSession(
    String subject,
    String tenant,
    List<String> roles,
    String orgUnit,
    String method,
    String accessToken,
    Instant expiresAt) {}
