package org.psmapathway.store;

import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open registry database: H2 embedded (the default, a file under {@code ./psma-data/}) or
 * PostgreSQL. Opening migrates the schema to the latest version (Flyway, {@code db/migration}).
 * PostgreSQL credentials come from the environment variables {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}, never from the command line where other users could read them.
 */
public final class Registry implements AutoCloseable {

  public static final String USER_VARIABLE = "PSMA_DB_USER";
  public static final String PASSWORD_VARIABLE = "PSMA_DB_PASSWORD";

  private final String url;
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final AutoCloseable pool;

  private Registry(String url, DataSource dataSource, AutoCloseable pool) {
    this.url = url;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.pool = pool;
  }

  /** Opens (creating if needed) and migrates the registry at {@code db}; see {@link RegistryUrl}. */
  public static Registry open(String db) {
    return open(db, System.getenv());
  }

  /** As {@link #open(String)}, with the environment given explicitly (tests, embedding). */
  public static Registry open(String db, Map<String, String> environment) {
    String url = RegistryUrl.jdbc(db);
    String user = environment.get(USER_VARIABLE);
    String password = environment.get(PASSWORD_VARIABLE);
    Registry registry;
    if (RegistryUrl.isPostgres(url)) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(url);
      if (!url.contains("reWriteBatchedInserts=")) {
        // a batch of N inserts goes to the server as a few multi-row INSERTs instead of N
        // statements: import throughput (bench/import-vs-copy.sh). A URL can still turn it off.
        pg.setReWriteBatchedInserts(true);
      }
      if (user != null) {
        pg.setUser(user);
      }
      if (password != null) {
        pg.setPassword(password);
      }
      registry = new Registry(url, pg, () -> { });
    } else if (url.startsWith("jdbc:h2:")) {
      JdbcConnectionPool h2 = JdbcConnectionPool.create(url, user == null ? "" : user,
          password == null ? "" : password);
      registry = new Registry(url, h2, h2::dispose);
    } else {
      throw new IllegalArgumentException("--db: expected a file path, jdbc:h2:... or "
          + "jdbc:postgresql://host/database, got " + db);
    }
    try {
      Flyway.configure().dataSource(registry.dataSource()).locations("classpath:db/migration")
          .load().migrate();
    } catch (RuntimeException e) {
      registry.close();
      throw e;
    }
    return registry;
  }

  private DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL, without credentials. */
  public String url() {
    return url;
  }

  /** Patients, each call in its own transaction. */
  public PatientRepository patients() {
    return new AutoCommitPatients(jdbi);
  }

  /**
   * Runs {@code work} in ONE transaction: either everything it saved is committed, or (on an
   * exception, or a killed process) nothing is.
   */
  public <T> T inTransaction(Function<PatientRepository, T> work) {
    return jdbi.inTransaction(h -> work.apply(new SqlPatientRepository(h)));
  }

  @Override
  public void close() {
    try {
      pool.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the registry " + url, e);
    }
  }
}
