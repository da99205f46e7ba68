package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.psmapathway.app.table.CsvTable;

/**
 * The R reference files of module stats read for the CLI tests of {@code cox}, {@code finegray},
 * {@code table1}, {@code logistic} and {@code roc}: rows as maps, subsets written as CSV inputs, and
 * the JSON of a successful run.
 */
final class StatsReference {

  private StatsReference() {}

  static Path file(String name) {
    return MetaReference.DIR.resolve(name);
  }

  /** Every row of a reference CSV as column → cell (null = NA or empty). */
  static List<Map<String, String>> rows(String name, Predicate<Map<String, String>> keep) {
    CsvTable t = CsvTable.read(file(name));
    List<String[]> cols = new ArrayList<>();
    for (String c : t.columns()) {
      cols.add(t.text(c));
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < cols.size(); c++) {
        row.put(t.columns().get(c), cols.get(c)[r]);
      }
      if (keep.test(row)) {
        out.add(row);
      }
    }
    return out;
  }

  /** The one value of {@code quantity} among {@code rows} (column "value"). */
  static String value(List<Map<String, String>> rows, String quantityColumn, String quantity) {
    List<String> v = rows.stream().filter(r -> quantity.equals(r.get(quantityColumn)))
        .map(r -> r.get("value")).toList();
    assertThat(v).as(quantity).hasSize(1);
    return v.get(0);
  }

  /** The lines of {@code name} whose first cell is {@code "dataset"}, with the header, in {@code dir}. */
  static Path subset(String name, String dataset, Path dir) {
    try {
      List<String> lines = Files.readAllLines(file(name), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      out.add(lines.get(0));
      for (String l : lines.subList(1, lines.size())) {
        if (l.startsWith("\"" + dataset + "\",")) {
          out.add(l);
        }
      }
      assertThat(out).as(name + " " + dataset).hasSizeGreaterThan(1);
      Path f = dir.resolve(dataset + "-" + name);
      Files.write(f, out, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the CLI with {@code --format json}, expecting success. */
  static JsonNode json(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--format";
    all[args.length + 1] = "json";
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MetaReference.json(run.out());
  }

  /** 1e-6 relative; "NA", null and ±Inf expect JSON null (JSON has no NA or infinity). */
  static void close(JsonNode node, String field, String expected) {
    boolean infinite = "Inf".equals(expected) || "-Inf".equals(expected);
    MetaReference.close(node, field, infinite ? "NA" : expected);
  }

  static void close(JsonNode node, String field, double expected) {
    MetaReference.close(node, field, Double.toString(expected));
  }
}
