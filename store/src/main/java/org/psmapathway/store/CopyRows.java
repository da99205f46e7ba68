package org.psmapathway.store;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's {@code COPY table (columns) FROM STDIN} in its text format: columns
 * separated by a tab, {@code \N} for NULL, backslash, tab, newline and carriage return escaped
 * (PostgreSQL documentation, "COPY", section "Text Format"). Numbers are written by
 * {@link Double#toString}, the shortest decimal that reads back to the same double, so a stored
 * value is bit-identical to the one a prepared INSERT would store. Constraints, foreign keys and
 * indexes apply as for INSERT; the rows belong to the caller's transaction.
 */
final class CopyRows implements TableRows {

  private final CopyManager copy;
  private final String sql;
  private final StringBuilder text = new StringBuilder(1 << 16);
  private int pending;

  CopyRows(Connection c, String table, String[] columns) throws SQLException {
    copy = c.unwrap(PGConnection.class).getCopyAPI();
    sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  @Override
  public void add(Object... values) {
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
    try {
      copy.copyIn(sql, new CharSequenceReader(text));
    } catch (IOException e) {
      throw new SQLException("COPY into the registry failed: " + e.getMessage(), e);
    }
    text.setLength(0);
    pending = 0;
  }

  /** Streams the buffer to the driver without copying it into a String first. */
  private static final class CharSequenceReader extends Reader {
    private final CharSequence chars;
    private int at;

    CharSequenceReader(CharSequence chars) {
      this.chars = chars;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at >= chars.length()) {
        return -1;
      }
      int n = Math.min(length, chars.length() - at);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = chars.charAt(at + i);
      }
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
