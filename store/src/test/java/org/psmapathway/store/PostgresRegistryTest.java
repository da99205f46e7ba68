package org.psmapathway.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The registry contract on a real PostgreSQL 17 server (embedded binaries, started once for the
 * class); every test gets its own new database. Credentials go through the environment map, as
 * {@code PSMA_DB_USER} / {@code PSMA_DB_PASSWORD} do in production.
 */
class PostgresRegistryTest extends RegistryContract {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Override
  protected Registry openEmpty() throws Exception {
    String name = "registry" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Registry.open("jdbc:postgresql://localhost:" + server.getPort() + "/" + name,
        Map.of(Registry.USER_VARIABLE, "postgres", Registry.PASSWORD_VARIABLE, "postgres"));
  }
}
