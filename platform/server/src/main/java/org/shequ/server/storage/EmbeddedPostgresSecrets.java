package org.shequ.server.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's passwords: generated at random on first start and kept in {@code
 * <data-dir>/embedded-postgres.secrets}, readable by the owner only (the data directory itself is
 * made owner-only too), so no other local user can log in as any of its roles.
 *
 * @param superuser the password of {@value #SUPERUSER}, the schema owner Liquibase connects as
 * @param app the password of the application's role ({@link EmbeddedPostgresEnvironment#APP_ROLE})
 * @param national the password of the read-only national role ({@link
 *     EmbeddedPostgresEnvironment#NATIONAL_ROLE})
 * @param created whether this start generated them (the database does not know them yet)
 */
public record EmbeddedPostgresSecrets(
    String superuser, String app, String national, boolean created) {

  /** The embedded PostgreSQL's superuser. */
  public static final String SUPERUSER = "postgres";

  static final String FILE = "embedded-postgres.secrets";
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Reads the data directory's secrets, or generates new ones if it has none ({@link #created()});
   * those are kept by {@link #keepIfNew} once the database has them, so a start that fails halfway
   * generates and sets them again next time rather than leaving passwords nobody knows.
   */
  static EmbeddedPostgresSecrets loadOrGenerate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      ownerOnly(dataDir, OWNER_ONLY_DIR);
      if (Files.exists(file)) {
        ownerOnly(file, OWNER_ONLY_FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
          p.load(in);
        }
        return new EmbeddedPostgresSecrets(
            required(p, "superuser", file),
            required(p, "app", file),
            required(p, "national", file),
            false);
      }
      return new EmbeddedPostgresSecrets(generate(), generate(), generate(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded database's secrets in " + file, e);
    }
  }

  /** Writes newly generated secrets to the data directory, owner-only; nothing if read from it. */
  void keepIfNew(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!created) {
      return;
    }
    try {
      Properties p = new Properties();
      p.setProperty("superuser", superuser);
      p.setProperty("app", app);
      p.setProperty("national", national);
      Path tmp = dataDir.resolve(FILE + ".new");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp);
      ownerOnly(tmp, OWNER_ONLY_FILE);
      try (Writer out = Files.newBufferedWriter(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
        p.store(out, "Passwords of the embedded PostgreSQL's roles. Keep this file private.");
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the embedded database's secrets in " + file, e);
    }
  }

  private static String required(Properties p, String key, Path file) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("no '" + key + "' password in " + file);
    }
    return value;
  }

  /** 32 random bytes, URL-safe Base64: nothing that needs quoting in SQL or a URL. */
  private static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void ownerOnly(Path path, Set<PosixFilePermission> permissions)
      throws IOException {
    try {
      Files.setPosixFilePermissions(path, permissions);
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system: the platform's own access control applies
    }
  }

  @Override
  public String toString() {
    // Never print the passwords themselves.
    return "EmbeddedPostgresSecrets[created=" + created + "]";
  }
}
