package org.psmapathway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows as one JDBC batch of a prepared INSERT (H2; PostgreSQL when COPY is turned off). */
final class BatchRows implements TableRows {

  private final PreparedStatement insert;
  private int pending;

  BatchRows(Connection c, String table, String[] columns) throws SQLException {
    insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
        + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)");
  }

  @Override
  public void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      // JDBC 4.2: LocalDate binds as DATE; null lets the driver take the column's type
      insert.setObject(i + 1, values[i]);
    }
    insert.addBatch();
    pending++;
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
