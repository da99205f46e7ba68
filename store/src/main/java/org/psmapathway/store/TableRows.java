package org.psmapathway.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * New rows for one table, sent to the database in bulk inside the caller's transaction; after
 * {@link #flush()} all of them have been sent (PostgreSQL may receive the first ones while later
 * ones are still being added). PostgreSQL receives them through {@code COPY ... FROM STDIN} ({@link CopyRows}), its
 * bulk-load protocol; other databases (H2) as one JDBC batch of a prepared INSERT
 * ({@link BatchRows}). Values are {@code String}, {@code Integer}, {@code Double}, {@code Boolean},
 * {@code java.time.LocalDate} or {@code null}.
 */
interface TableRows extends AutoCloseable {

  /** Set to {@code false} to load PostgreSQL by JDBC batches too (the benchmark's "before"). */
  String COPY_PROPERTY = "psma.store.copy";

  void add(Object... values) throws SQLException;

  /** Sends the rows added since the last flush; a no-op when there are none. */
  void flush() throws SQLException;

  /** Releases the statement behind the rows (rows not flushed are dropped). */
  @Override
  void close() throws SQLException;

  /** The bulk writer for {@code table}'s {@code columns} on this connection's database. */
  static TableRows open(Connection c, boolean postgres, String table, String... columns)
      throws SQLException {
    if (postgres && !"false".equals(System.getProperty(COPY_PROPERTY))) {
      return new CopyRows(c, table, columns);
    }
    return new BatchRows(c, table, columns);
  }
}
