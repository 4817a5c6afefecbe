package org.shequ.server.support;

/**
 * A PostgreSQL database for one test run: the owner (what Liquibase uses), the application role
 * (what R2DBC uses, bound by row-level security) and the read-only national role (what national
 * reads use).
 */
public record TestDatabase(
    String host,
    int port,
    String database,
    String ownerUser,
    String ownerPassword,
    String appUser,
    String appPassword,
    String nationalUser,
    String nationalPassword) {

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public String r2dbcUrl() {
    return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** Spring properties that point the application at this database. */
  public String[] springProperties() {
    return new String[] {
      "spring.r2dbc.url=" + r2dbcUrl(),
      "spring.r2dbc.username=" + appUser,
      "spring.r2dbc.password=" + appPassword,
      "spring.liquibase.url=" + jdbcUrl(),
      "spring.liquibase.user=" + ownerUser,
      "spring.liquibase.password=" + ownerPassword,
      "shequ.national-database.username=" + nationalUser,
      "shequ.national-database.password=" + nationalPassword
    };
  }
}
