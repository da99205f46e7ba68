package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.app.StatsReference.close;
import static org.psmapathway.app.StatsReference.json;
import static org.psmapathway.app.StatsReference.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma table1} against R (quantile type 7, mean, sd, wilcox.test / kruskal.test,
 * chisq.test, fisher.test) on every dataset of table1_continuous_reference.csv and
 * table1_categorical_reference.csv. 1e-6 relative.
 */
class TableOneCommandReferenceTest {

  @TempDir
  Path dir;

  @Test
  void everyContinuousDataset() {
    List<Map<String, String>> ref = rows("table1_continuous_reference.csv", r -> true);
    List<String> datasets = ref.stream().map(r -> r.get("dataset")).distinct().toList();
    assertThat(datasets).hasSizeGreaterThanOrEqualTo(7);
    for (String d : datasets) {
      Path f = StatsReference.subset("table1_continuous_input.csv", d, dir);
      JsonNode row = json("table1", "--data", f.toString(), "--by", "group", "--columns", "value")
          .get("rows").get(0);
      assertThat(row.get("type").asText()).as(d).isEqualTo("continuous");
      for (JsonNode g : row.get("groups")) {
        String group = g.get("group").asText();
        for (Map<String, String> r : ref) {
          if (d.equals(r.get("dataset")) && group.equals(r.get("group"))) {
            close(g, r.get("quantity"), r.get("value"));
          }
        }
      }
      JsonNode test = row.get("test");
      for (Map<String, String> r : ref) {
        if (d.equals(r.get("dataset")) && r.get("group") == null
            && List.of("statistic", "p", "df").contains(r.get("quantity"))) {
          close(test, r.get("quantity"), r.get("value"));
        }
      }
    }
  }

  @Test
  void everyCategoricalDatasetWithBothTests() {
    List<Map<String, String>> ref = rows("table1_categorical_reference.csv", r -> true);
    List<String> datasets = ref.stream().map(r -> r.get("dataset")).distinct().toList();
    assertThat(datasets).hasSize(7);
    for (String d : datasets) {
      Path f = StatsReference.subset("table1_categorical_input.csv", d, dir);
      for (String test : new String[] {"chisq", "fisher"}) {
        JsonNode row = json("table1", "--data", f.toString(), "--by", "group", "--columns",
            "level", "--test", test).get("rows").get(0);
        assertThat(row.get("type").asText()).isEqualTo("categorical");
        for (Map<String, String> r : ref) {
          if (!d.equals(r.get("dataset"))) {
            continue;
          }
          String q = r.get("quantity");
          if (q.equals("n") || q.equals("percent")) {
            JsonNode cell = cell(row, r.get("level"), r.get("group"));
            close(cell, q, r.get("value"));
          } else if (q.equals("missing")) {
            int g = indexOf(row.get("groupLabels"), r.get("group"));
            assertThat(row.get("missing").get(g).asInt()).as(d + " missing")
                .isEqualTo(Integer.parseInt(r.get("value")));
          } else if (q.equals("min_expected")) {
            close(row, "minExpected", r.get("value"));
          } else if (test.equals("chisq") && q.startsWith("chisq_")) {
            close(row.get("test"), q.substring("chisq_".length()), r.get("value"));
          } else if (test.equals("fisher") && q.equals("fisher_p")) {
            close(row.get("test"), "p", r.get("value"));
          }
        }
      }
    }
  }

  @Test
  void textIsATableAReaderCanPaste() {
    Path f = StatsReference.subset("table1_continuous_input.csv", "three_groups", dir);
    CliRun run = CliRun.of("table1", "--data", f.toString(), "--by", "group", "--columns",
        "value", "--digits", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Variable").containsPattern(
        "(?m)^value, median \\(IQR\\) +-0\\.02 \\(-0\\.77, 0\\.53\\) +0\\.34 \\(-0\\.62, 0\\.62\\) ")
        .contains("a: Kruskal-Wallis rank sum test");
  }

  private static JsonNode cell(JsonNode row, String level, String group) {
    for (JsonNode l : row.get("levels")) {
      if (l.get("level").asText().equals(level)) {
        for (JsonNode g : l.get("groups")) {
          if (g.get("group").asText().equals(group)) {
            return g;
          }
        }
      }
    }
    throw new AssertionError("no cell " + level + " × " + group + " in " + row);
  }

  private static int indexOf(JsonNode labels, String group) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).asText().equals(group)) {
        return i;
      }
    }
    throw new AssertionError("no group " + group);
  }
}
