package org.psmapathway.stats.descriptive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV files written by {@code reference/descriptive_regression_reference.R} (R's
 * {@code write.csv}: every field quoted, "NA" for missing) from the test class path.
 */
public final class ReferenceCsv {
  private final List<Map<String, String>> rows;

  private ReferenceCsv(List<Map<String, String>> rows) {
    this.rows = rows;
  }

  public static ReferenceCsv read(String file) {
    String resource = "/reference/" + file;
    try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      List<String> header = fields(lines[0]);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        List<String> f = fields(lines[i]);
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), f.get(c));
        }
        rows.add(row);
      }
      return new ReferenceCsv(rows);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  public List<Map<String, String>> rows() {
    return rows;
  }

  /** Rows whose column {@code key} equals {@code value}. */
  public List<Map<String, String>> where(String key, String value) {
    return rows.stream().filter(r -> value.equals(r.get(key))).toList();
  }

  /** Distinct values of a column in file order. */
  public List<String> distinct(String key) {
    return rows.stream().map(r -> r.get(key)).distinct().toList();
  }

  /** A number as R wrote it: "NA" is NaN, "Inf"/"-Inf" are infinities. */
  public static double number(String text) {
    return switch (text) {
      case "NA", "NaN" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

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
