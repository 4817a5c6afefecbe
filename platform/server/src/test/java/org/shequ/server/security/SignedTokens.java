package org.shequ.server.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;

/** Tokens with any claims at all, signed with the test server's own key, for tests elsewhere. */
public final class SignedTokens {
  private SignedTokens() {}

  /** {@code claims} signed with the key in the server's data directory. */
  public static String sign(Path dataDir, JWTClaimsSet claims) {
    RSAKey key = DevSigningKey.loadOrCreate(dataDir);
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
