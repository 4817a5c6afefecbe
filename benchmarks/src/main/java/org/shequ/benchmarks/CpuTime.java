package org.shequ.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) used so far by the server, by PostgreSQL's processes and by the load
 * generator itself, read from {@code /proc}, so a run can say where each request's CPU went.
 */
record CpuTime(long serverMillis, long postgresMillis, long generatorMillis) {
  private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

  static CpuTime now(long serverPid) {
    return new CpuTime(millis(serverPid), postgres(), millis(ProcessHandle.current().pid()));
  }

  CpuTime since(CpuTime start) {
    return new CpuTime(
        serverMillis - start.serverMillis,
        postgresMillis - start.postgresMillis,
        generatorMillis - start.generatorMillis);
  }

  private static long postgres() {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .filter(p -> command(p).startsWith("postgres"))
          .mapToLong(p -> millis(Long.parseLong(p.getFileName().toString())))
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static String command(Path proc) {
    try {
      return Files.readString(proc.resolve("comm")).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static long millis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command (which may hold spaces) start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
