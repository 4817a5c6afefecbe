package org.shequ.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's options ({@code --name=value}). {@code --quick} sets every size to a tenth (and
 * fewer tenants, repeats and cold starts) so a developer gets every figure in under three minutes;
 * it writes its page to {@code target/benchmarks-quick.md} unless {@code --write-docs} is given, so
 * a quick run never overwrites the full figures by accident. Any option given explicitly wins over
 * both scales.
 */
record Options(
    boolean quick,
    int tenants,
    int communities,
    int streets,
    int ingest,
    int concurrency,
    int batchRows,
    int repeat,
    int coldStarts,
    int fsyncSeconds,
    Path out,
    Path serverJar,
    Path pluginsDir,
    Path tenantsDir,
    int port,
    String commandLine) {

  /** Tenants whose 2020 reports the load leaves out, for the writes to fill (see Benchmarks). */
  static final int WRITE_TENANTS = 4;

  static Options parse(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    boolean quick = Boolean.parseBoolean(o.getOrDefault("quick", "false"));
    boolean writeDocs = Boolean.parseBoolean(o.getOrDefault("write-docs", "false"));
    int communities = number(o, "communities", quick ? 3_000 : 30_000);
    Options options =
        new Options(
            quick,
            number(o, "tenants", quick ? 5 : 20),
            communities,
            number(o, "streets", quick ? 30 : 300),
            number(o, "ingest", quick ? 2_000 : 20_000),
            number(o, "concurrency", 32),
            number(o, "batch-rows", Math.min(communities, quick ? 3_000 : 30_000)),
            number(o, "repeat", quick ? 10 : 20),
            number(o, "cold-starts", quick ? 1 : 3),
            number(o, "fsync-seconds", quick ? 1 : 2),
            Path.of(
                o.getOrDefault(
                    "out",
                    quick && !writeDocs ? "target/benchmarks-quick.md" : "docs/benchmarks.md")),
            Path.of(o.getOrDefault("server-jar", "platform/server/target/shequ-server.jar")),
            Path.of(o.getOrDefault("plugins-dir", "plugins")),
            Path.of(o.getOrDefault("tenants-dir", "tenants")),
            number(o, "port", 0),
            String.join(" ", args));
    if (options.tenants() <= WRITE_TENANTS) {
      throw new IllegalArgumentException(
          "--tenants must be above "
              + WRITE_TENANTS
              + ": the first "
              + WRITE_TENANTS
              + " take the writes, the others are read");
    }
    if (options.batchRows() > communities) {
      throw new IllegalArgumentException("--batch-rows cannot exceed --communities");
    }
    return options;
  }

  private static int number(Map<String, String> o, String key, int fallback) {
    return o.containsKey(key) ? Integer.parseInt(o.get(key)) : fallback;
  }

  /** A port nothing listens on now: {@code --port} if given, else one the system picks. */
  static int freePort(int wanted) throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(wanted)) {
      return socket.getLocalPort();
    } catch (java.net.BindException e) {
      throw new IllegalStateException("port " + wanted + " is taken; choose another --port", e);
    }
  }

  /** The tenant whose reads are measured: one with every year loaded and nothing written. */
  String readTenant() {
    return Benchmarks.tenantId(tenants);
  }
}
