package org.shequ.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the schema migration would apply, as one SHA-256: every file under {@code db/} on the class
 * path (the change log and each change it includes), by path and content, and the migration's
 * parameters. Equal fingerprints mean Liquibase would find nothing to do.
 */
final class SchemaFingerprint {
  private static final String FILES = "classpath*:db/**/*.*";

  private SchemaFingerprint() {}

  static String of(ClassLoader classLoader, Map<String, String> parameters) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Resource[] files = new PathMatchingResourcePatternResolver(classLoader).getResources(FILES);
      Arrays.sort(files, Comparator.comparing(SchemaFingerprint::name));
      for (Resource file : files) {
        if (!file.isReadable()) {
          continue;
        }
        sha.update(name(file).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        try (InputStream in = file.getInputStream()) {
          sha.update(in.readAllBytes());
        }
        sha.update((byte) 0);
      }
      new TreeMap<>(parameters == null ? Map.<String, String>of() : parameters)
          .forEach((k, v) -> sha.update((k + "=" + v + "\u0000").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema's change log", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file's path from {@code db/} on, the same wherever the jar lies. */
  private static String name(Resource file) {
    try {
      String url = file.getURL().toString();
      int db = url.lastIndexOf("/db/");
      return db < 0 ? url : url.substring(db + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
