package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.app.StatsReference.close;
import static org.psmapathway.app.StatsReference.json;
import static org.psmapathway.app.StatsReference.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma logistic} against glm(family = binomial) and {@code psma roc} against pROC on every
 * dataset of logistic_reference.csv and roc_reference.csv / roc_points_reference.csv (both
 * directions). 1e-6 relative; R's NA (an aliased column) and ±Inf thresholds are JSON null.
 */
class LogisticRocCommandReferenceTest {

  @TempDir
  Path dir;

  @Test
  void everyLogisticDataset() {
    List<Map<String, String>> input = rows("logistic_input.csv", r -> true);
    List<Map<String, String>> ref = rows("logistic_reference.csv", r -> true);
    List<String> datasets = ref.stream().map(r -> r.get("dataset")).distinct().toList();
    assertThat(datasets).hasSize(7);
    for (String d : datasets) {
      String terms = input.stream().filter(r -> d.equals(r.get("dataset"))).findFirst()
          .orElseThrow().get("terms");
      List<String> args = new ArrayList<>(List.of("logistic", "--data",
          StatsReference.subset("logistic_input.csv", d, dir).toString(), "--outcome", "y"));
      if (terms.startsWith("0+")) {
        args.add("--no-intercept");
        terms = terms.substring(2);
      }
      args.addAll(List.of("--covariates", terms.replace('+', ',')));
      JsonNode j = json(args.toArray(new String[0]));
      for (Map<String, String> r : ref) {
        if (!d.equals(r.get("dataset"))) {
          continue;
        }
        String q = r.get("quantity");
        if (r.get("term") != null) {
          close(coefficient(j, r.get("term")), q, r.get("value"));
        } else if (q.equals("converged") || q.equals("fittedZeroOrOne")) {
          String field = q.equals("converged") ? "converged" : "fittedProbabilitiesZeroOrOne";
          assertThat(j.get(field).asBoolean()).as(d + " " + q).isEqualTo(r.get("value").equals("1"));
        } else if (q.equals("iterations") || q.equals("rank")) {
          assertThat(j.get(q).asInt()).as(d + " " + q).isEqualTo(Integer.parseInt(r.get("value")));
        } else {
          close(j, q, r.get("value"));
        }
      }
    }
  }

  @Test
  void everyRocDatasetBothDirections() {
    List<Map<String, String>> ref = rows("roc_reference.csv", r -> true);
    List<String> datasets = ref.stream().map(r -> r.get("dataset")).distinct().toList();
    assertThat(datasets).hasSize(4);
    for (String d : datasets) {
      Path f = StatsReference.subset("roc_input.csv", d, dir);
      for (String dir : new String[] {"<", ">"}) {
        String prefix = dir.equals("<") ? "lt_" : "gt_";
        JsonNode j = json("roc", "--data", f.toString(), "--outcome", "outcome", "--score",
            "score", "--direction", dir);
        for (Map<String, String> r : ref) {
          if (!d.equals(r.get("dataset")) || !r.get("quantity").startsWith(prefix)) {
            continue;
          }
          String q = r.get("quantity").substring(prefix.length());
          if (q.equals("bestCount")) {
            assertThat(j.get("optimalThresholds").asInt()).as(d + dir + q)
                .isEqualTo(Integer.parseInt(r.get("value")));
          } else {
            close(j, q, r.get("value"));
          }
        }
        List<Map<String, String>> points = rows("roc_points_reference.csv",
            r -> d.equals(r.get("dataset")) && dir.equals(r.get("direction")));
        assertThat(j.get("points")).as(d + dir).hasSize(points.size());
        for (int k = 0; k < points.size(); k++) {
          JsonNode p = j.get("points").get(k);
          close(p, "threshold", points.get(k).get("threshold"));
          close(p, "sensitivity", points.get(k).get("sensitivity"));
          close(p, "specificity", points.get(k).get("specificity"));
        }
      }
    }
  }

  private static JsonNode coefficient(JsonNode j, String term) {
    for (JsonNode c : j.get("coefficients")) {
      if (c.get("term").asText().equals(term)) {
        return c;
      }
    }
    throw new AssertionError("no term " + term + " in " + j.get("coefficients"));
  }
}
