package org.shequ.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The embedded default's token-signing key: an RSA key kept in {@code
 * <data-dir>/dev-signing-key.jwk} so tokens survive a restart. Created on first use, readable by
 * the owner only.
 */
final class DevSigningKey {
  private DevSigningKey() {}

  static RSAKey loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve("dev-signing-key.jwk");
    try {
      if (Files.exists(file)) {
        return RSAKey.parse(Files.readString(file));
      }
      RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      Files.createDirectories(dataDir);
      Files.writeString(file, key.toJSONString());
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system; the data directory's own permissions apply
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the signing key in " + file, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("unusable signing key in " + file, e);
    }
  }
}
