package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.psmapathway.app.table.CsvTable;

/**
 * The metafor reference files of module stats (stats/src/test/resources/reference), read with the
 * CLI's own CsvTable, and the 1e-6 relative comparison every statistics test uses.
 */
final class MetaReference {

  static final Path DIR = Path.of("..", "stats", "src", "test", "resources", "reference");
  static final double RELATIVE = 1e-6;

  private MetaReference() {}

  static CsvTable table(String name) {
    return CsvTable.read(DIR.resolve(name));
  }

  /** Row of {@code name} whose {@code key} column equals {@code value}, as column → number. */
  static Map<String, String> row(String name, String key, String value) {
    CsvTable t = table(name);
    String[] keys = t.text(key);
    for (int r = 0; r < keys.length; r++) {
      if (value.equals(keys[r])) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String c : t.columns()) {
          out.put(c, t.text(c)[r]);
        }
        return out;
      }
    }
    throw new IllegalArgumentException(name + ": no row with " + key + " = " + value);
  }

  /** Copies a reference CSV with its header renamed ("tpos" → "ai", …) into {@code dir}. */
  static Path renamed(String name, Path dir, Map<String, String> renames) {
    try {
      List<String> lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
      String header = lines.get(0);
      for (Map.Entry<String, String> e : renames.entrySet()) {
        header = header.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
      }
      lines.set(0, header);
      Path out = dir.resolve(name);
      Files.write(out, lines, StandardCharsets.UTF_8);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** |actual − expected| ≤ 1e-6·|expected|; "NA" expects JSON null. */
  static void close(JsonNode node, String field, String expected) {
    JsonNode actual = node.get(field);
    assertThat(actual).as(field + " present").isNotNull();
    if (expected == null || expected.equals("NA")) {
      assertThat(actual.isNull()).as(field + " is null").isTrue();
      return;
    }
    double e = Double.parseDouble(expected);
    assertThat(actual.isNumber()).as(field + " is a number, got " + actual).isTrue();
    assertThat(Math.abs(actual.asDouble() - e)).as(field + ": " + actual.asDouble() + " vs " + e)
        .isLessThanOrEqualTo(RELATIVE * Math.abs(e) + 1e-300);
  }
}
