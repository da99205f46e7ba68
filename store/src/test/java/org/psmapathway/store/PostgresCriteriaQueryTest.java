package org.psmapathway.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Listing by criteria on a real PostgreSQL 17 server (embedded binaries). */
class PostgresCriteriaQueryTest extends CriteriaQueryContract {

  private EmbeddedPostgres server;

  @Override
  protected Registry openEmpty() throws Exception {
    server = EmbeddedPostgres.builder().start();
    return Registry.open("jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
        Map.of(Registry.USER_VARIABLE, "postgres", Registry.PASSWORD_VARIABLE, "postgres"));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }
}
