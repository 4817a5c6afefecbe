package org.shequ.server.console;

import java.time.Instant;
import java.util.List;

/**
 * What the console page holds in memory after sign-in: who the caller is, as the API reads it, and
 * the bearer token it sends to the API.
 *
 * @param method how the caller signed in: {@code demo}, {@code member} or {@code oidc}
 * @param accessToken the bearer token for the API; kept in the page's memory only; none for a
 *     member's sign-in, whose page asks the embedded issuer for it by {@code memberId}
 * @param expiresAt when the token expires; the page asks again before then
 * @param memberId the member chosen at a member's sign-in (embedded default), else null
 */
record ConsoleSession(
    String subject,
    String tenant,
    List<String> roles,
    String orgUnit,
    String method,
    String accessToken,
    Instant expiresAt,
    String memberId) {}
