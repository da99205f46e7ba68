package org.psmapathway.stats.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmapathway.stats.model.ModelData;

/**
 * A reference table written by R's {@code write.csv} (header row, every string quoted, {@code ""}
 * inside a quoted field for a quote, {@code NA} for missing), read from the test resources under
 * {@code /reference/}. The one way stats tests read their R fixtures; the product reads CSV in the
 * {@code store} module.
 */
public final class ReferenceCsv {

  private final List<String> header;
  private final List<Map<String, String>> rows;

  private ReferenceCsv(List<String> header, List<Map<String, String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code /reference/<file>} from the test class path. */
  public static ReferenceCsv read(String file) {
    String resource = "/reference/" + file;
    try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = fields(r.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      int line = 1;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        List<String> cells = fields(text);
        if (cells.size() != header.size()) {
          throw new IllegalStateException(resource + ":" + line + ": expected " + header.size()
              + " fields, got " + cells.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), cells.get(c));
        }
        rows.add(row);
      }
      return new ReferenceCsv(header, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The rows in file order, each a map from column name to cell text. */
  public List<Map<String, String>> rows() {
    return rows;
  }

  /** The rows whose column {@code column} is exactly {@code value}, as a table of their own. */
  public ReferenceCsv where(String column, String value) {
    requireColumn(column);
    return new ReferenceCsv(header,
        rows.stream().filter(r -> value.equals(r.get(column))).toList());
  }

  /** Distinct values of a column in file order. */
  public List<String> distinct(String column) {
    requireColumn(column);
    return rows.stream().map(r -> r.get(column)).distinct().toList();
  }

  /** A column as numbers, see {@link #number(Map, String)}. */
  public double[] numbers(String column) {
    requireColumn(column);
    return rows.stream().mapToDouble(r -> number(r, column)).toArray();
  }

  /** A column as the cell texts. */
  public String[] texts(String column) {
    requireColumn(column);
    return rows.stream().map(r -> r.get(column)).toArray(String[]::new);
  }

  /**
   * The table as model data: every column numeric (missing = NaN) except those named categorical
   * (missing = null).
   */
  public ModelData data(String... categorical) {
    List<String> factors = List.of(categorical);
    ModelData.Builder b = ModelData.builder();
    for (String col : header) {
      if (factors.contains(col)) {
        b.categorical(col, rows.stream().map(r -> {
          String v = r.get(col);
          return v.isEmpty() || v.equals("NA") ? null : v;
        }).toArray(String[]::new));
      } else {
        b.numeric(col, numbers(col));
      }
    }
    return b.build();
  }

  /**
   * A cell as the number R wrote: an empty cell, {@code NA} or {@code NaN} is NaN, {@code Inf} and
   * {@code -Inf} are the infinities.
   */
  public static double number(Map<String, String> row, String column) {
    String text = row.get(column);
    if (text == null) {
      throw new IllegalArgumentException("no column " + column + " in " + row.keySet());
    }
    return switch (text) {
      case "", "NA", "NaN" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  private void requireColumn(String column) {
    if (!header.contains(column)) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
  }

  /** Splits one line; a doubled quote inside a quoted field is a literal quote (RFC 4180). */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    out.add(field.toString());
    return out;
  }
}
