package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma dose predict} on examples/dosimetry against dose_response_reference.csv (R 4.2.2,
 * pROC 1.18.0; dosimetry/src/test/resources/reference), 1e-6 relative; the PSA-series route gives
 * the same analysis as the 0/1 column.
 */
class DosePredictCommandTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "dosimetry");
  private static final String COHORT = EXAMPLES.resolve("dose_response_cohort.csv").toString();
  private static final String PSA = EXAMPLES.resolve("dose_response_psa.csv").toString();

  @TempDir
  Path dir;

  static Map<String, Double> reference() throws Exception {
    Map<String, Double> m = new HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("..", "dosimetry", "src", "test", "resources",
        "reference", "dose_response_reference.csv"), StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.replace("\"", "").split(",");
      m.put(c[0], Double.parseDouble(c[1]));
    }
    return m;
  }

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void exampleMatchesR() throws Exception {
    Map<String, Double> ref = reference();
    JsonNode j = json("dose", "predict", "--data", COHORT, "--dose-column", "tumour_dose_gy",
        "--response-column", "psa50", "--format", "json");
    assertThat(j.get("n").asInt()).isEqualTo(18);
    assertThat(j.get("responders").asInt()).isEqualTo(11);
    JsonNode l = j.get("logistic");
    close(l, "b0", ref.get("b0"));
    close(l, "b1", ref.get("b1"));
    close(l, "seB1", ref.get("se_b1"));
    close(l, "orPerGyLower", ref.get("or_per_gy_lower"));
    close(l, "orPerGyUpper", ref.get("or_per_gy_upper"));
    close(l, "lrP", ref.get("lr_p"));
    close(l, "d50Gy", ref.get("d50"));
    close(j.get("roc"), "auc", ref.get("auc"));
    close(j.get("roc"), "lower", ref.get("auc_lower"));
    close(j.get("youden"), "cutGy", ref.get("youden_cut"));
    close(j.get("youden").get("npv"), "lower", ref.get("atyouden_npv_lower"));
    close(j.get("prespecified").get("specificity"), "upper", ref.get("at10_specificity_upper"));
    close(j.get("mannWhitney"), "p", ref.get("mann_whitney_p"));
  }

  @Test
  void psaSeriesGivesTheSameAnalysisAndDrawsBothFigures() throws Exception {
    Path plot = dir.resolve("dose-response.svg");
    Path waterfall = dir.resolve("waterfall.svg");
    JsonNode fromColumn = json("dose", "predict", "--data", COHORT, "--dose-column",
        "tumour_dose_gy", "--response-column", "psa50", "--format", "json");
    JsonNode fromSeries = json("dose", "predict", "--data", COHORT, "--dose-column",
        "tumour_dose_gy", "--psa", PSA, "--format", "json", "--plot", plot.toString(),
        "--waterfall", waterfall.toString());
    assertThat(fromSeries.get("logistic")).isEqualTo(fromColumn.get("logistic"));
    assertThat(fromSeries.get("roc")).isEqualTo(fromColumn.get("roc"));
    assertThat(Files.readString(plot)).contains("<svg").contains("fitted-curve");
    assertThat(Files.readString(waterfall)).contains("Tumour dose ≥ 10 Gy (n = 11)");
  }

  @Test
  void textSaysItIsNotADecision() {
    CliRun run = CliRun.of("dose", "predict", "--data", COHORT, "--dose-column",
        "tumour_dose_gy", "--response-column", "psa50");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("AUC 0.8961", "D50 = 10.176 Gy", "Youden 11 Gy",
        "pre-specified 10 Gy", "not a treatment decision", "optimistic");
  }

  @Test
  void badInputAndUsage() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "patient,dose,r\nA,3,1\nB,abc,0\nC,5,maybe\n");
    CliRun run = CliRun.of("dose", "predict", "--data", bad.toString(), "--dose-column", "dose",
        "--response-column", "r");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("bad.csv:3:2:", "bad.csv:4:3:").doesNotContain("Exception");
    CliRun both = CliRun.of("dose", "predict", "--data", COHORT, "--dose-column",
        "tumour_dose_gy");
    assertThat(both.exitCode()).isEqualTo(2);
    Path waterfall = dir.resolve("w.svg");
    CliRun noChange = CliRun.of("dose", "predict", "--data", COHORT, "--dose-column",
        "tumour_dose_gy", "--response-column", "psa50", "--waterfall", waterfall.toString());
    assertThat(noChange.exitCode()).isEqualTo(2);
    assertThat(waterfall).doesNotExist();
  }

  private static void close(JsonNode node, String field, double expected) {
    assertThat(node.get(field).asDouble()).as(field)
        .isCloseTo(expected, withPercentage(1e-4));
  }
}
