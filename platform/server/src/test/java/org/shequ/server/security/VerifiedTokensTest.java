package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** A token's signature is checked once; its validity window on every use. */
class VerifiedTokensTest {
  private final Instant issued = Instant.now();
  private final AtomicInteger verifications = new AtomicInteger();
  private Clock clock = Clock.fixed(issued, ZoneOffset.UTC);

  /** Stands for the signature check: accepts only "good", a token valid for ten minutes. */
  private final ReactiveJwtDecoder signatures =
      token -> {
        verifications.incrementAndGet();
        if (!token.equals("good")) {
          return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(
            Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("wang")
                .issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofMinutes(10)))
                .build());
      };

  private VerifiedTokens decoder() {
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    timestamps.setClock(
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return clock.instant();
          }
        });
    return new VerifiedTokens(signatures, timestamps, 100);
  }

  @Test
  void aTokenSentAgainIsNotVerifiedAgain() {
    VerifiedTokens tokens = decoder();

    for (int i = 0; i < 5; i++) {
      assertThat(tokens.decode("good").block().getSubject()).isEqualTo("wang");
    }

    assertThat(verifications).hasValue(1);
  }

  @Test
  void aRememberedTokenIsRefusedOnceItHasExpired() {
    VerifiedTokens tokens = decoder();
    tokens.decode("good").block();

    clock = Clock.fixed(issued.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);

    assertThatThrownBy(() -> tokens.decode("good").block())
        .isInstanceOf(JwtValidationException.class);
  }

  @Test
  void aRefusedTokenIsCheckedEveryTime() {
    VerifiedTokens tokens = decoder();

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
    }

    assertThat(verifications).hasValue(3);
  }
}
