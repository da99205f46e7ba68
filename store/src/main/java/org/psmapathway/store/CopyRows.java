package org.psmapathway.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's {@code COPY table (columns) FROM STDIN} in its text format: columns
 * separated by a tab, {@code \N} for NULL, backslash, tab, newline and carriage return escaped
 * (PostgreSQL documentation, "COPY", section "Text Format"). Numbers are written by
 * {@link Double#toString}, the shortest decimal that reads back to the same double, so a stored
 * value is bit-identical to the one a prepared INSERT would store. Constraints, foreign keys and
 * indexes apply as for INSERT; the rows belong to the caller's transaction.
 *
 * <p>Rows are streamed: the COPY starts with the first {@value #CHUNK} characters and each further
 * chunk is sent as it fills, so the server ingests rows while the next ones are being written
 * instead of waiting for the whole batch. One COPY can be open on a connection at a time, so the
 * rows of one table are added and flushed before the next table's are added.
 */
final class CopyRows implements TableRows {

  /** Characters sent per chunk: large enough to amortise a write, small enough to overlap. */
  static final int CHUNK = 1 << 15;

  private final CopyManager copy;
  private final String sql;
  private final StringBuilder text = new StringBuilder(CHUNK + 1024);
  private CopyIn open;
  private int pending;

  CopyRows(Connection c, String table, String[] columns) throws SQLException {
    copy = c.unwrap(PGConnection.class).getCopyAPI();
    sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  @Override
  public void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        text.append("\\N");
      } else if (v instanceof Boolean b) {
        text.append(b ? 't' : 'f');
      } else if (v instanceof String s) {
        escape(s);
      } else {
        // Integer, Double, LocalDate (ISO yyyy-mm-dd): no character needs escaping
        text.append(v);
      }
    }
    text.append('\n');
    pending++;
    if (text.length() >= CHUNK) {
      send();
    }
  }

  /** Sends the buffered rows, opening the COPY with the first chunk. */
  private void send() throws SQLException {
    if (open == null) {
      open = copy.copyIn(sql);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try {
      open.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      abandon();
      throw e;
    }
    text.setLength(0);
  }

  /** Ends a failed COPY so that the connection can roll the transaction back. */
  private void abandon() {
    CopyIn failed = open;
    open = null;
    text.setLength(0);
    pending = 0;
    try {
      if (failed != null && failed.isActive()) {
        failed.cancelCopy();
      }
    } catch (SQLException e) {
      // the write failed already; that error is the one the caller sees
    }
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }

  @Override
  public void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    send();
    try {
      open.endCopy();
    } catch (SQLException e) {
      abandon();
      throw e;
    }
    open = null;
    pending = 0;
  }

  /** A COPY still open here was not flushed: it is ended without its rows. */
  @Override
  public void close() {
    abandon();
  }
}
