package org.shequ.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;

/**
 * Signs tokens in the embedded default, with the key kept in the data directory. Never present when
 * the server runs on an external database.
 */
public class DevTokenIssuer {
  private final RSAKey key;
  private final SecurityProperties properties;

  DevTokenIssuer(RSAKey key, SecurityProperties properties) {
    this.key = key;
    this.properties = properties;
  }

  /** A signed access token with Shequ's claims. */
  public String issue(String subject, String tenant, Collection<Role> roles, String orgUnit) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(properties.devIssuerUri())
            .subject(subject)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(properties.devTokenTtl())))
            .jwtID(UUID.randomUUID().toString())
            .claim(properties.rolesClaim(), roles.stream().map(Role::name).toList());
    if (tenant != null) {
      claims.claim(properties.tenantClaim(), tenant);
    }
    if (orgUnit != null) {
      claims.claim(properties.orgUnitClaim(), orgUnit);
    }
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  public long ttlSeconds() {
    return properties.devTokenTtl().toSeconds();
  }

  RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
