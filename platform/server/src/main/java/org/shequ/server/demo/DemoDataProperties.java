package org.shequ.server.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the synthetic demo data the embedded default seeds on first start.
 *
 * @param enabled whether to seed at all (default true); it only ever seeds the embedded database
 * @param force seed even when the database is not the embedded one (tests and throw-away demo
 *     installations only; never set it against a database holding real data)
 * @param seed the random seed; the same seed gives the same data on every fresh start
 */
@ConfigurationProperties("shequ.demo-data")
public record DemoDataProperties(Boolean enabled, boolean force, Long seed) {

  /** The seed used unless configured: fixed, so two fresh starts give identical data. */
  public static final long DEFAULT_SEED = 20160101L;

  public DemoDataProperties {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    seed = seed == null ? DEFAULT_SEED : seed;
  }
}
