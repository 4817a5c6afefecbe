package org.shequ.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) used so far by the server, by the benchmark's PostgreSQL (its
 * postmaster, the children it has reaped and those still running; no other PostgreSQL on the
 * machine) and by the load generator itself, read from {@code /proc}, so a run can say where each
 * request's CPU went.
 */
record CpuTime(long serverMillis, long postgresMillis, long generatorMillis) {
  private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

  /** The PostgreSQL whose processes are counted: set once the benchmark's database runs. */
  private static volatile long postmaster = -1;

  static void countPostgres(long postmasterPid) {
    postmaster = postmasterPid;
  }

  static CpuTime now(long serverPid) {
    return new CpuTime(
        millis(serverPid, false), postgres(), millis(ProcessHandle.current().pid(), false));
  }

  CpuTime since(CpuTime start) {
    return new CpuTime(
        serverMillis - start.serverMillis,
        postgresMillis - start.postgresMillis,
        generatorMillis - start.generatorMillis);
  }

  private static long postgres() {
    long pid = postmaster;
    if (pid < 0) {
      return 0;
    }
    // Backends that ended are in the postmaster's reaped-children times; the others count alone.
    long sum = millis(pid, true);
    sum +=
        ProcessHandle.of(pid).stream()
            .flatMap(ProcessHandle::descendants)
            .mapToLong(h -> millis(h.pid(), false))
            .sum();
    return sum;
  }

  private static long millis(long pid, boolean withReapedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command (which may hold spaces) start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      if (withReapedChildren) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
      }
      return ticks * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
