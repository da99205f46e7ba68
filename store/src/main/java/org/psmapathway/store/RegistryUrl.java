package org.psmapathway.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what a user gives after {@code --db} into a JDBC URL: a JDBC URL is taken as it is (H2 URLs
 * get the PostgreSQL compatibility settings the schema is written for), anything else is a file
 * path of an embedded H2 database.
 */
public final class RegistryUrl {

  /** Where the registry lives when no {@code --db} is given. */
  public static final String DEFAULT = "./psma-data/registry";

  /** H2 speaks the PostgreSQL dialect of the migration; identifiers fold to lower case as there. */
  private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
      + ";DEFAULT_NULL_ORDERING=HIGH";

  private RegistryUrl() {}

  public static String jdbc(String db) {
    if (db == null || db.isBlank()) {
      db = DEFAULT;
    }
    if (db.startsWith("jdbc:h2:")) {
      return db.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? db : db + H2_SETTINGS;
    }
    if (db.startsWith("jdbc:")) {
      return db;
    }
    // H2 refuses implicitly relative paths; an absolute one names the same place unambiguously
    return "jdbc:h2:file:" + Path.of(db).toAbsolutePath().normalize() + H2_SETTINGS;
  }

  /**
   * For a registry given as a file path (the embedded default), whether its database file exists:
   * reading commands must not quietly create an empty registry where the user mistyped a path.
   * Always true for JDBC URLs, whose server answers for itself.
   */
  public static boolean exists(String db) {
    if (db == null || db.isBlank()) {
      db = DEFAULT;
    }
    if (db.startsWith("jdbc:")) {
      return true;
    }
    Path base = Path.of(db).toAbsolutePath().normalize();
    return Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"));
  }

  public static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
