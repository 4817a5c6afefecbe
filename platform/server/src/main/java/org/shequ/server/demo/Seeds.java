package org.shequ.server.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random sources derived from the configured seed and a path of names (tenant, form, unit, year),
 * so every value depends only on what it describes and not on the order things are generated in.
 */
final class Seeds {
  private Seeds() {}

  static SplittableRandom random(long seed, Object... path) {
    return new SplittableRandom(hash(seed, path));
  }

  /** FNV-1a over the seed and the path's text. */
  static long hash(long seed, Object... path) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (Object part : path) {
      for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
        h ^= b;
        h *= 0x100000001b3L;
      }
      h ^= 0x1f;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A number in [min, max) that is fixed for the path. */
  static double uniform(long seed, double min, double max, Object... path) {
    return min + (max - min) * random(seed, path).nextDouble();
  }
}
