package org.shequ.server.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How national (all-tenant) reads reach the database: as a read-only role of their own, never as
 * the application's role, so nothing the application role can set shows it another tenant's rows.
 *
 * @param url the R2DBC URL national reads connect to ({@code SHEQU_NATIONAL_DATABASE_URL}), for
 *     instance a read replica. Default: {@code spring.r2dbc.url}.
 * @param username the role national reads connect as ({@code SHEQU_NATIONAL_DATABASE_USERNAME}):
 *     the schema grants it reads of every tenant and no write. Default {@code shequ_national}.
 * @param password that role's password ({@code SHEQU_NATIONAL_DATABASE_PASSWORD}). The embedded
 *     default sets it itself; with an external PostgreSQL, give the role {@code LOGIN} and a
 *     password and set it here.
 */
@ConfigurationProperties("shequ.national-database")
public record NationalDatabaseProperties(String url, String username, String password) {
  /** The default role name, the {@code nationalRole} the schema grants national reads to. */
  public static final String DEFAULT_USERNAME = "shequ_national";

  public NationalDatabaseProperties {
    url = StringUtils.hasText(url) ? url : null;
    username = StringUtils.hasText(username) ? username : DEFAULT_USERNAME;
    password = StringUtils.hasText(password) ? password : null;
  }
}
