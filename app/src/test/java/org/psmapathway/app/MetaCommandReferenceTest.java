package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.app.MetaReference.close;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * psma meta against metafor 3.8-1 (reference CSVs of module stats), 1e-6 relative. Iterative
 * estimators (REML) are checked against the tightly converged values (dat_bcg_rma_tight.csv).
 */
class MetaCommandReferenceTest {

  @TempDir
  static Path dir;
  static Path bcg;
  static Path hr;

  @BeforeAll
  static void inputs() {
    bcg = MetaReference.renamed("dat_bcg_logrr.csv", dir,
        Map.of("author", "study", "tpos", "ai", "tneg", "bi", "cpos", "ci", "cneg", "di"));
    hr = MetaReference.renamed("hr_example_input.csv", dir, Map.of("lcl", "lower", "ucl", "upper"));
  }

  private static JsonNode run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MetaReference.json(run.out());
  }

  @ParameterizedTest
  @CsvSource({"FE,false", "DL,false", "DL,true"})
  void bcgRiskRatiosMatchMetaforRmaAndExp(String method, boolean knha) {
    JsonNode j = knha
        ? run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", method, "--hksj",
            "--format", "json")
        : run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", method, "--format",
            "json");
    // closed-form estimators: the shipped file (metafor defaults) is exact for everything but the
    // Q-profile bounds, which are checked against the tightly converged file below
    Map<String, String> r = MetaReference.row("dat_bcg_rma.csv", "model", method + (knha ? "+knha" : ""));
    assertThat(j.get("k").asInt()).isEqualTo(13);
    assertThat(j.get("method").asText()).isEqualTo(method);
    assertThat(j.get("test").asText()).isEqualTo(knha ? "knha" : "z");
    assertThat(j.get("scale").asText()).isEqualTo("log");
    close(j, "estimate", r.get("estimate"));
    close(j, "se", r.get("se"));
    close(j, "statistic", r.get("zval_or_tval"));
    close(j, "p", r.get("pval"));
    close(j, "lower", r.get("ci_lb"));
    close(j, "upper", r.get("ci_ub"));
    close(j, "tau2", r.get("tau2"));
    close(j, "I2", r.get("I2"));
    close(j, "H2", r.get("H2"));
    close(j, "Q", r.get("QE"));
    assertThat(j.get("Qdf").asInt()).isEqualTo(12);
    close(j, "Qp", r.get("QEp"));
    close(j, "predictionLower", r.get("pi_lb"));
    close(j, "predictionUpper", r.get("pi_ub"));
    close(j.get("exp"), "estimate", r.get("rr"));
    close(j.get("exp"), "lower", r.get("rr_ci_lb"));
    close(j.get("exp"), "upper", r.get("rr_ci_ub"));
  }

  /** Every method × test of meta_methods_tight.csv (metafor threshold 1e-12, Q-profile tol 1e-13). */
  @ParameterizedTest
  @CsvSource({"bcg,FE,z", "bcg,DL,z", "bcg,DL,knha", "bcg,REML,z", "bcg,REML,knha", "bcg,ML,z",
      "bcg,ML,knha", "bcg,PM,z", "bcg,PM,knha", "bcg,HE,z", "bcg,HE,knha", "bcg,SJ,z",
      "bcg,SJ,knha", "hr,FE,z", "hr,DL,z", "hr,DL,knha", "hr,REML,z", "hr,REML,knha", "hr,ML,z",
      "hr,ML,knha", "hr,PM,z", "hr,PM,knha", "hr,HE,z", "hr,HE,knha", "hr,SJ,z", "hr,SJ,knha"})
  void everyMethodMatchesTheTightlyConvergedReference(String dataset, String method, String test) {
    List<String> args = new java.util.ArrayList<>(List.of("meta", "--data",
        (dataset.equals("bcg") ? bcg : hr).toString(), "--measure", dataset.equals("bcg") ? "rr" : "hr",
        "--method", method, "--format", "json"));
    if (test.equals("knha")) {
      args.add("--hksj");
    }
    JsonNode j = run(args.toArray(new String[0]));
    var t = MetaReference.table("meta_methods_tight.csv");
    int row = -1;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.text("dataset")[r].equals(dataset) && t.text("method")[r].equals(method)
          && t.text("test")[r].equals(test)) {
        row = r;
      }
    }
    assertThat(row).isNotNegative();
    String[][] fields = {{"estimate", "estimate"}, {"se", "se"}, {"statistic", "stat"},
        {"p", "pval"}, {"lower", "ci_lb"}, {"upper", "ci_ub"}, {"tau2", "tau2"},
        {"tau2Se", "tau2_se"}, {"I2", "I2"}, {"H2", "H2"}, {"Q", "Q"}, {"Qp", "Qp"},
        {"predictionLower", "pi_lb"}, {"predictionUpper", "pi_ub"}, {"tau2Lower", "tau2_lb"},
        {"tau2Upper", "tau2_ub"}, {"logLik", "loglik"}};
    for (String[] f : fields) {
      close(j, f[0], t.text(f[1])[row]);
    }
  }

  @Test
  void bcgRemlMatchesTheTightlyConvergedReference() {
    JsonNode j = run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", "REML",
        "--format", "json");
    Map<String, String> r = MetaReference.row("dat_bcg_rma_tight.csv", "model", "REML (tight)");
    for (String[] f : new String[][] {{"estimate", "estimate"}, {"se", "se"}, {"lower", "ci_lb"},
        {"upper", "ci_ub"}, {"tau2", "tau2"}, {"I2", "I2"}, {"H2", "H2"},
        {"predictionLower", "pi_lb"}, {"predictionUpper", "pi_ub"}, {"statistic", "zval_or_tval"},
        {"p", "pval"}}) {
      close(j, f[0], r.get(f[1]));
    }
  }

  @Test
  void bcgStudiesCarryEscalcEffectSizes() {
    JsonNode j = run("meta", "--data", bcg.toString(), "--measure", "rr", "--format", "json");
    var t = MetaReference.table("dat_bcg_logrr.csv");
    String[] yi = t.text("yi");
    String[] vi = t.text("vi");
    String[] author = t.text("author");
    double weights = 0;
    for (int i = 0; i < 13; i++) {
      JsonNode s = j.get("studies").get(i);
      assertThat(s.get("study").asText()).isEqualTo(author[i]);
      close(s, "yi", yi[i]);
      close(s, "vi", vi[i]);
      weights += s.get("weight").asDouble();
    }
    assertThat(weights).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void leaveOneOutMatchesMetaforLeave1out() {
    JsonNode j = run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", "DL",
        "--leave-one-out", "--format", "json");
    var t = MetaReference.table("dat_bcg_leave1out_DL.csv");
    JsonNode rows = j.get("leaveOneOut");
    assertThat(rows).hasSize(13);
    for (int i = 0; i < 13; i++) {
      JsonNode row = rows.get(i);
      close(row, "estimate", t.text("estimate")[i]);
      close(row, "lower", t.text("ci.lb")[i]);
      close(row, "upper", t.text("ci.ub")[i]);
      close(row, "tau2", t.text("tau2")[i]);
      close(row, "I2", t.text("I2")[i]);
      close(row, "Q", t.text("Q")[i]);
    }
    assertThat(rows.get(0).get("omitted").asText()).isEqualTo("Aronson");
  }

  @Test
  void subgroupsAndTheBetweenSubgroupTestMatchMetafor() {
    JsonNode j = run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", "DL",
        "--subgroup", "alloc", "--format", "json");
    var t = MetaReference.table("meta_bcg_subgroups_alloc.csv");
    JsonNode groups = j.get("subgroups");
    assertThat(groups).hasSize(3);
    for (JsonNode g : groups) {
      String name = g.get("group").asText();
      for (int r = 0; r < t.rowCount(); r++) {
        if (t.text("method")[r].equals("DL") && t.text("group")[r].equals(name)) {
          close(g, "estimate", t.text("estimate")[r]);
          close(g, "se", t.text("se")[r]);
          close(g, "tau2", t.text("tau2")[r]);
          close(g, "I2", t.text("I2")[r]);
          close(g, "Q", t.text("Q")[r]);
          assertThat(g.get("k").asInt()).isEqualTo(Integer.parseInt(t.text("k")[r]));
        }
      }
    }
    JsonNode between = j.get("test").get("betweenSubgroups");
    close(between, "Q", "1.53676887206276");
    close(between, "Qp", "0.463761700109842");
  }

  @Test
  void metaRegressionOnLatitudeMatchesMetaforQm() {
    JsonNode j = run("meta", "--data", bcg.toString(), "--measure", "rr", "--method", "REML",
        "--moderators", "ablat", "--format", "json");
    Map<String, String> r = MetaReference.row("meta_bcg_metaregression.csv", "term", "intrcpt");
    close(j, "QM", r.get("QM"));
    close(j, "QMp", r.get("QMp"));
    JsonNode mods = j.get("moderators");
    assertThat(mods.get(0).get("term").asText()).isEqualTo("intrcpt");
    assertThat(mods.get(1).get("term").asText()).isEqualTo("ablat");
    close(mods.get(0), "estimate", r.get("estimate"));
    close(j.get("metaRegression"), "R2", r.get("R2"));
    close(j.get("metaRegression"), "QE", r.get("QE"));
  }

  /** Closed-form rows; REML/PM of this file use metafor's default convergence (see above). */
  @ParameterizedTest
  @CsvSource({"FE", "DL"})
  void hazardRatioExampleMatchesMetafor(String method) {
    JsonNode j = run("meta", "--data", hr.toString(), "--method", method, "--format", "json");
    Map<String, String> r = MetaReference.row("hr_example_rma.csv", "model", method);
    close(j, "estimate", r.get("logHR"));
    close(j, "se", r.get("se"));
    close(j, "tau2", r.get("tau2"));
    close(j, "I2", r.get("I2"));
    close(j, "Q", r.get("Q"));
    close(j, "Qp", r.get("Qp"));
    close(j, "p", r.get("pval"));
    close(j.get("exp"), "estimate", r.get("HR"));
    close(j.get("exp"), "lower", r.get("HR_lb"));
    close(j.get("exp"), "upper", r.get("HR_ub"));
    close(j.get("exp"), "predictionLower", r.get("pi_lb_HR"));
    close(j.get("exp"), "predictionUpper", r.get("pi_ub_HR"));
  }

  @Test
  void jsonFieldNamesAreTheIssuesNames() {
    JsonNode j = run("meta", "--data", hr.toString(), "--format", "json");
    List<String> names = new java.util.ArrayList<>();
    j.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("k", "method", "scale", "estimate", "se", "lower", "upper",
        "statistic", "p", "tau2", "tau2Lower", "tau2Upper", "I2", "H2", "Q", "Qdf", "Qp",
        "predictionLower", "predictionUpper", "studies", "exp");
    List<String> study = new java.util.ArrayList<>();
    j.get("studies").get(0).fieldNames().forEachRemaining(study::add);
    assertThat(study).contains("study", "yi", "vi", "weight");
  }

  @Test
  void fixedEffectHasNullWhereMetaforHasNa() {
    JsonNode j = run("meta", "--data", hr.toString(), "--method", "FE", "--format", "json");
    assertThat(j.get("predictionLower").isNull()).isTrue();
    assertThat(j.get("tau2Lower").isNull()).isTrue();
    assertThat(j.get("exp").get("predictionUpper").isNull()).isTrue();
  }

  @Test
  void textOutputIsMetaforsPrintLayout() {
    CliRun run = CliRun.of("meta", "--data", bcg.toString(), "--measure", "rr", "--method", "DL");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Random-Effects Model (k = 13; tau^2 estimator: DL)",
        "tau^2 (estimated amount of total heterogeneity): 0.3088 (SE = 0.2299)",
        "I^2 (total heterogeneity / total variability):   92.12%",
        "Q(df = 12) = 152.2330, p-val < .0001",
        "-0.7141  0.1787  -3.9952  <.0001  -1.0644  -0.3638  ***",
        "Exponentiated: rr 0.4896 [0.3449, 0.6950], prediction interval [0.1560, 1.5371]");
  }
}
