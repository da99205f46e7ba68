package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.app.StatsReference.close;
import static org.psmapathway.app.StatsReference.json;
import static org.psmapathway.app.StatsReference.rows;
import static org.psmapathway.app.StatsReference.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma cox} against R's survival::coxph on the reference CSVs of module stats, through the
 * whole CLI (CSV reading, dropping rows with NA, JSON): lung Efron and Breslow with the robust SE,
 * clustered and stratified robust fits, strata and an age × sex interaction, rossi, ph.ecog as a
 * factor, a collinear column (NA) and cox.zph. 1e-6 relative throughout.
 */
class CoxCommandReferenceTest {

  static final String LUNG = StatsReference.file("lung.csv").toString();
  static final String ROSSI = StatsReference.file("rossi.csv").toString();

  @TempDir
  Path dir;

  private static JsonNode cox(String data, String time, String event, String covariates,
      String... more) {
    List<String> args = new ArrayList<>(List.of("cox", "--data", data, "--time", time, "--event",
        event, "--covariates", covariates));
    args.addAll(List.of(more));
    return json(args.toArray(new String[0]));
  }

  @Test
  void lungEfronAndBreslowEveryField() {
    for (String ties : new String[] {"efron", "breslow"}) {
      List<Map<String, String>> ref = rows("lung_coxph.csv", r -> ties.equals(r.get("ties")));
      JsonNode j = cox(LUNG, "time", "status", "age,sex,ph.ecog", "--ties", ties);
      assertThat(j.get("coefficients")).hasSize(3);
      for (int k = 0; k < 3; k++) {
        Map<String, String> r = ref.get(k);
        JsonNode c = j.get("coefficients").get(k);
        assertThat(c.get("term").asText()).isEqualTo(r.get("term"));
        close(c, "coef", r.get("coef"));
        close(c, "se", r.get("se"));
        close(c, "robustSe", r.get("robust_se"));
        close(c, "hr", r.get("hr"));
        close(c, "lower", r.get("hr_lower95"));
        close(c, "upper", r.get("hr_upper95"));
        close(c, "z", r.get("z"));
        close(c, "p", r.get("p"));
      }
      Map<String, String> r = ref.get(0);
      assertThat(j.get("loglik").get(0).asDouble()).isCloseTo(
          Double.parseDouble(r.get("loglik_null")), org.assertj.core.data.Percentage.withPercentage(1e-4));
      close(j.get("tests").get("lr"), "statistic", r.get("lr_test"));
      close(j.get("tests").get("score"), "statistic", r.get("score_test"));
      close(j.get("concordance"), "value", r.get("concordance"));
      close(j.get("concordance"), "se", r.get("concordance_se"));
      assertThat(j.get("n").asInt()).isEqualTo(Integer.parseInt(r.get("n")));
      assertThat(j.get("events").asInt()).isEqualTo(Integer.parseInt(r.get("nevent")));
      assertThat(j.get("iterations").asInt()).isEqualTo(Integer.parseInt(r.get("iter")));
      assertThat(j.get("dropped").asInt()).isEqualTo(1); // ph.ecog NA on one row
      // lung_coxph.csv rounds the Wald test (29.93); the unrounded value is in cox_extra_reference
      extra("lung_" + ties, j, false);
    }
  }

  @Test
  void robustClusteredAndStratified() {
    extra("lung_cluster_inst", cox(LUNG, "time", "status", "age,sex,ph.ecog", "--cluster", "inst"),
        true);
    extra("lung_strata_robust", cox(LUNG, "time", "status", "age,ph.ecog", "--strata", "sex",
        "--robust"), true);
    extra("rossi_robust", cox(ROSSI, "week", "arrest", "fin,age,race,wexp,mar,paro,prio",
        "--robust"), true);
  }

  @Test
  void strataAndInteraction() {
    for (String[] m : new String[][] {{"strata_sex", "age,ph.ecog", "--strata", "sex"},
        {"age_x_sex", "age*sex,ph.ecog"}}) {
      List<Map<String, String>> ref = rows("lung_coxph_strata_interaction.csv",
          r -> m[0].equals(r.get("model")));
      List<String> more = new ArrayList<>(List.of(m).subList(2, m.length));
      JsonNode j = cox(LUNG, "time", "status", m[1], more.toArray(new String[0]));
      assertThat(j.get("coefficients")).hasSize(ref.size());
      for (int k = 0; k < ref.size(); k++) {
        JsonNode c = j.get("coefficients").get(k);
        assertThat(c.get("term").asText()).isEqualTo(ref.get(k).get("term"));
        close(c, "coef", ref.get(k).get("coef"));
        close(c, "se", ref.get(k).get("se"));
      }
      assertThat(j.get("loglik").get(1).asDouble()).isCloseTo(
          Double.parseDouble(ref.get(0).get("loglik")), org.assertj.core.data.Percentage.withPercentage(1e-4));
    }
  }

  @Test
  void rossiEfron() {
    List<Map<String, String>> ref = rows("rossi_coxph.csv", r -> "efron".equals(r.get("ties")));
    JsonNode j = cox(ROSSI, "week", "arrest", "fin,age,race,wexp,mar,paro,prio");
    for (int k = 0; k < ref.size(); k++) {
      JsonNode c = j.get("coefficients").get(k);
      assertThat(c.get("term").asText()).isEqualTo(ref.get(k).get("term"));
      close(c, "coef", ref.get(k).get("coef"));
      close(c, "se", ref.get(k).get("se"));
      close(c, "z", ref.get(k).get("z"));
    }
    close(j.get("tests").get("lr"), "statistic", ref.get(0).get("lr_test"));
    close(j.get("concordance"), "value", ref.get(0).get("concordance"));
    assertThat(j.get("loglik").get(1).asDouble())
        .isCloseTo(Double.parseDouble(ref.get(0).get("loglik")),
            org.assertj.core.data.Percentage.withPercentage(1e-4));
  }

  @Test
  void categoricalCovariateWithZph() {
    JsonNode j = cox(LUNG, "time", "status", "age,ph.ecog", "--categorical", "ph.ecog", "--zph");
    assertThat(j.get("coefficients").findValuesAsText("term"))
        .containsExactly("age", "ph.ecog=1", "ph.ecog=2", "ph.ecog=3");
    extra("lung_ecog_factor", j, false);
    zph("lung_ecog_factor", j);
    zph("lung_efron", cox(LUNG, "time", "status", "age,sex,ph.ecog", "--zph"));
  }

  @Test
  void collinearColumnIsNullLikeRsNa() throws IOException {
    // lung with age2 = 2·age: R reports age2 as NA and 2 degrees of freedom
    List<String> lines = Files.readAllLines(Path.of(LUNG));
    List<String> out = new ArrayList<>();
    out.add(lines.get(0) + ",\"age2\"");
    for (String l : lines.subList(1, lines.size())) {
      String age = l.split(",", -1)[3];
      out.add(l + "," + (age.isEmpty() ? "" : Integer.toString(2 * Integer.parseInt(age))));
    }
    Path f = dir.resolve("lung-age2.csv");
    Files.write(f, out);
    JsonNode j = cox(f.toString(), "time", "status", "age,sex,age2", "--zph");
    JsonNode age2 = j.get("coefficients").get(2);
    assertThat(age2.get("term").asText()).isEqualTo("age2");
    assertThat(age2.get("coef").isNull()).isTrue();
    assertThat(age2.get("p").isNull()).isTrue();
    assertThat(j.get("tests").get("lr").get("df").asInt()).isEqualTo(2);
    extra("lung_collinear", j, false);
    zph("lung_collinear", j);
    String text = CliRun.of("cox", "--data", f.toString(), "--time", "time", "--event", "status",
        "--covariates", "age,sex,age2").out();
    assertThat(text).containsPattern("(?m)^age2 +NA +NA +NA +NA +NA$");
  }

  /** The coefficients and scalars cox_extra_reference.R stored for {@code c}. */
  private static void extra(String c, JsonNode j, boolean robust) {
    List<Map<String, String>> ref = rows("cox_extra_reference.csv", r -> c.equals(r.get("case")));
    List<Map<String, String>> coef = ref.stream().filter(r -> "coef".equals(r.get("quantity")))
        .toList();
    List<Map<String, String>> se = ref.stream().filter(r -> "se".equals(r.get("quantity")))
        .toList();
    assertThat(j.get("coefficients")).hasSize(coef.size());
    for (int k = 0; k < coef.size(); k++) {
      JsonNode cj = j.get("coefficients").get(k);
      close(cj, "coef", coef.get(k).get("value"));
      if (cj.get("coef").isNull()) {
        continue;
      }
      close(cj, robust ? "robustSe" : "se", se.get(k).get("value"));
      if (robust) {
        close(cj, "se", ref.stream().filter(r -> "naive_se".equals(r.get("quantity"))).toList()
            .get(k).get("value"));
      }
    }
    close(j.get("tests").get("wald"), "statistic", value(ref, "quantity", "wald"));
    close(j.get("tests").get("score"), "statistic", value(ref, "quantity", "score"));
    close(j.get("concordance"), "value", value(ref, "quantity", "concordance"));
    close(j.get("concordance"), "se", value(ref, "quantity", "concordance_se"));
    assertThat(j.get("loglik").get(0).asDouble()).isCloseTo(
        Double.parseDouble(value(ref, "quantity", "loglik_null")),
        org.assertj.core.data.Percentage.withPercentage(1e-4));
    assertThat(j.get("loglik").get(1).asDouble()).isCloseTo(
        Double.parseDouble(value(ref, "quantity", "loglik")),
        org.assertj.core.data.Percentage.withPercentage(1e-4));
    assertThat(j.get("iterations").asInt())
        .isEqualTo((int) Double.parseDouble(value(ref, "quantity", "iter")));
    assertThat(j.get("n").asInt()).isEqualTo((int) Double.parseDouble(value(ref, "quantity", "n")));
    assertThat(j.get("events").asInt())
        .isEqualTo((int) Double.parseDouble(value(ref, "quantity", "nevent")));
  }

  private static void zph(String c, JsonNode j) {
    List<Map<String, String>> ref = rows("cox_extra_reference.csv", r -> c.equals(r.get("case")));
    JsonNode rowsJson = j.get("zph").get("rows");
    List<Map<String, String>> chisq = ref.stream()
        .filter(r -> "zph_chisq".equals(r.get("quantity"))).toList();
    assertThat(rowsJson).hasSize(chisq.size());
    for (int k = 0; k < chisq.size(); k++) {
      JsonNode z = rowsJson.get(k);
      String term = chisq.get(k).get("term");
      assertThat(z.get("term").asText()).isEqualTo(term.startsWith("ecog_cat") ? "ph.ecog" : term);
      close(z, "chisq", chisq.get(k).get("value"));
      String p = ref.stream().filter(r -> "zph_p".equals(r.get("quantity"))).toList().get(k)
          .get("value");
      close(z, "p", p);
    }
  }
}
