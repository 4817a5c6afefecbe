package org.shequ.server.support;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Blocking calls the tests tolerate on event-loop threads: writing log lines to the console, and
 * Jackson building a type's deserializer the first time (a short lock that concurrent first
 * requests for the same body type queue on, once per type and JVM), and the SCRAM login of a new
 * database connection drawing its nonce from the system's random source (never blocks in practice),
 * as any other draw from {@code SecureRandom}; springdoc's wait for its start-up build of the
 * OpenAPI document; Netty's buffer pool growing under load; and a Caffeine cache cleared while its
 * maintenance runs. Any other blocking call on a non-blocking thread fails the test that caused it.
 */
public class ShequBlockHoundIntegration implements BlockHoundIntegration {
  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes");
    builder.allowBlockingCallsInside("java.io.PrintStream", "write");
    builder.allowBlockingCallsInside(
        "tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
    builder.allowBlockingCallsInside("com.ongres.scram.common.ScramFunctions", "nonce");
    // Any SecureRandom draw (the OIDC sign-in's state, nonce and PKCE verifier) reads
    // /dev/urandom when its buffer is older than 100 ms: a read that never waits.
    builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
    // springdoc builds the document once, at start-up (pre-loading); a request for it in the
    // first seconds waits on that build's lock. Afterwards the lock is free and the call is cheap.
    builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
    // Netty's own buffer pool takes a short internal lock when it grows a magazine group under
    // load; it is Netty's event-loop code, not ours, and is built to be held for an instant.
    builder.allowBlockingCallsInside(
        "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    // Forgetting every remembered membership (Caffeine's invalidateAll) takes the cache's
    // eviction lock, which its own maintenance holds for an instant after a recent lookup.
    builder.allowBlockingCallsInside(
        "com.github.benmanes.caffeine.cache.BoundedLocalCache", "clear");
  }
}
