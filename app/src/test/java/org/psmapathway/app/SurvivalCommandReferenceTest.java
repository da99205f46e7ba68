package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * psma km, logrank and cif against the R reference files of module stats
 * (stats/src/test/resources/reference: survival 3.5-3, cmprsk 2.2-11, R 4.2.2), through the CLI
 * and its JSON, to 1e-6 relative ({@link MetaReference#close}). Counts are compared exactly.
 */
class SurvivalCommandReferenceTest {

  private static final String LUNG = MetaReference.DIR.resolve("lung.csv").toString();
  private static final String MGUS2 = MetaReference.DIR.resolve("mgus2_competing.csv").toString();

  private static JsonNode run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MetaReference.json(run.out());
  }

  /** lung_km_by_sex.csv: survfit(Surv(time, status) ~ sex, conf.type = ...), summary at 365/730. */
  @ParameterizedTest
  @ValueSource(strings = {"log", "log-log", "plain"})
  void lungKaplanMeierBySex(String confType) {
    JsonNode out = run("km", "--data", LUNG, "--time", "time", "--event", "status", "--group",
        "sex", "--at", "730,365", "--conf-type", confType, "--format", "json");
    assertThat(out.get("n").asInt()).isEqualTo(228);
    assertThat(out.get("dropped").asInt()).isZero();
    for (JsonNode g : out.get("groups")) {
      Map<String, String> ref = refRow(confType, "sex=" + g.get("group").asText());
      assertThat(g.get("n").asText()).isEqualTo(ref.get("n"));
      assertThat(g.get("events").asText()).isEqualTo(ref.get("events"));
      MetaReference.close(g, "median", ref.get("median"));
      MetaReference.close(g, "medianLower", ref.get("median_lcl"));
      MetaReference.close(g, "medianUpper", ref.get("median_ucl"));
      MetaReference.close(g, "rmean", ref.get("rmean"));
      MetaReference.close(g, "rmeanSe", ref.get("rmean_se"));
      JsonNode at = g.get("at");
      assertThat(at.get(0).get("time").asDouble()).isEqualTo(365); // sorted, as R sorts times
      for (int k = 0; k < 2; k++) {
        String p = k == 0 ? "s365" : "s730";
        JsonNode a = at.get(k);
        MetaReference.close(a, "survival", ref.get(p));
        MetaReference.close(a, "se", ref.get(p + "_se"));
        MetaReference.close(a, "lower", ref.get(p + "_lower"));
        MetaReference.close(a, "upper", ref.get(p + "_upper"));
        assertThat(a.get("nRisk").asText()).isEqualTo(ref.get(k == 0 ? "nrisk365" : "nrisk730"));
      }
    }
    assertThat(out.get("logrank").get("df").asInt()).isEqualTo(1);
  }

  private static Map<String, String> refRow(String confType, String stratum) {
    var t = MetaReference.table("lung_km_by_sex.csv");
    String[] type = t.text("conf_type");
    String[] strata = t.text("stratum");
    for (int r = 0; r < type.length; r++) {
      if (type[r].equals(confType) && strata[r].equals(stratum)) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (String c : t.columns()) {
          row.put(c, t.text(c)[r]);
        }
        return row;
      }
    }
    throw new IllegalArgumentException(confType + " " + stratum);
  }

  /** lung_reverse_km_followup.csv: median potential follow-up with CI, overall and by sex. */
  @Test
  void reverseKaplanMeierFollowUp() {
    JsonNode all = run("km", "--data", LUNG, "--time", "time", "--event", "status", "--reverse",
        "--format", "json");
    Map<String, String> ref = MetaReference.row("lung_reverse_km_followup.csv", "group",
        "overall");
    JsonNode g = all.get("groups").get(0);
    MetaReference.close(g, "median", ref.get("median_followup"));
    MetaReference.close(g, "medianLower", ref.get("lcl"));
    MetaReference.close(g, "medianUpper", ref.get("ucl"));
    assertThat(all.get("reverse").asBoolean()).isTrue();

    JsonNode bySex = run("km", "--data", LUNG, "--time", "time", "--event", "status",
        "--reverse", "--group", "sex", "--format", "json");
    assertThat(bySex.has("logrank")).as("no test of follow-up").isFalse();
    for (JsonNode s : bySex.get("groups")) {
      Map<String, String> r = MetaReference.row("lung_reverse_km_followup.csv", "group",
          "sex=" + s.get("group").asText());
      MetaReference.close(s, "median", r.get("median_followup"));
      MetaReference.close(s, "medianLower", r.get("lcl"));
      MetaReference.close(s, "medianUpper", r.get("ucl")); // NA in R: null
    }
  }

  /** lung_logrank_sex.csv: log-rank, stratified by ph.ecog (1 row dropped), Peto-Peto. */
  @Test
  void lungLogRank() {
    check(run("logrank", "--data", LUNG, "--time", "time", "--event", "status", "--group", "sex",
        "--format", "json"), "logrank", 0);
    check(run("logrank", "--data", LUNG, "--time", "time", "--event", "status", "--group", "sex",
        "--strata", "ph.ecog", "--format", "json"), "logrank_strata_ph.ecog", 1);
    check(run("logrank", "--data", LUNG, "--time", "time", "--event", "status", "--group", "sex",
        "--rho", "1", "--format", "json"), "peto_rho1", 0);
    JsonNode km = run("km", "--data", LUNG, "--time", "time", "--event", "status", "--group",
        "sex", "--format", "json");
    Map<String, String> ref = MetaReference.row("lung_logrank_sex.csv", "test", "logrank");
    MetaReference.close(km.get("logrank"), "statistic", ref.get("chisq"));
    MetaReference.close(km.get("logrank"), "p", ref.get("p"));
  }

  private static void check(JsonNode out, String test, int dropped) {
    Map<String, String> ref = MetaReference.row("lung_logrank_sex.csv", "test", test);
    assertThat(out.get("dropped").asInt()).isEqualTo(dropped);
    MetaReference.close(out, "statistic", ref.get("chisq"));
    MetaReference.close(out, "p", ref.get("p"));
    assertThat(out.get("df").asText()).isEqualTo(ref.get("df"));
    JsonNode male = out.get("groups").get(0);
    assertThat(male.get("group").asText()).isEqualTo("1");
    MetaReference.close(male, "observed", ref.get("obs_male"));
    MetaReference.close(male, "expected", ref.get("exp_male"));
  }

  /** mgus2_aalen_johansen.csv: survfit(Surv(etime, event) ~ 1) pstate and std.err. */
  @Test
  void mgus2AalenJohansen() {
    JsonNode out = run("cif", "--data", MGUS2, "--time", "etime", "--status", "event",
        "--censor", "censor", "--cause", "pcm,death", "--at", "60,120,240,360", "--format",
        "json");
    compareCif(out, "mgus2_aalen_johansen.csv", false);
  }

  /** mgus2_cmprsk_cuminc.csv: cuminc(etime, event) estimates and Gray's variance. */
  @Test
  void mgus2GrayCumulativeIncidence() {
    JsonNode out = run("cif", "--data", MGUS2, "--time", "etime", "--status", "event",
        "--censor", "censor", "--cause", "pcm,death", "--at", "60,120,240,360", "--method",
        "gray", "--format", "json");
    compareCif(out, "mgus2_cmprsk_cuminc.csv", true);
  }

  private static void compareCif(JsonNode out, String reference, boolean variance) {
    assertThat(out.get("groups")).hasSize(2);
    for (JsonNode curve : out.get("groups")) {
      String cause = curve.get("cause").asText();
      for (JsonNode a : curve.get("at")) {
        Map<String, String> ref = MetaReference.row(reference, "time",
            Integer.toString(a.get("time").asInt()));
        MetaReference.close(a, "estimate", ref.get("cif_" + cause));
        String se = variance
            ? Double.toString(Math.sqrt(Double.parseDouble(ref.get("var_" + cause))))
            : ref.get("se_" + cause);
        MetaReference.close(a, "se", se);
      }
    }
  }

  /** cuminc(etime, event, sex)$Tests, as quoted in stats' GrayTestTest. */
  @Test
  void mgus2GrayTestBySex() {
    JsonNode out = run("cif", "--data", MGUS2, "--time", "etime", "--status", "event",
        "--censor", "censor", "--cause", "pcm", "--group", "sex", "--format", "json");
    JsonNode pcm = out.get("grayTest").get("causes").get(0);
    assertThat(out.get("grayTest").get("causes")).hasSize(1);
    assertThat(pcm.get("cause").asText()).isEqualTo("pcm");
    MetaReference.close(pcm, "statistic", "1.19450782507551");
    MetaReference.close(pcm, "p", "0.274422156788004190");
    // print.cuminc's default times: pretty(c(0, 424), 5) without its ends
    JsonNode at = out.get("groups").get(0).get("at");
    assertThat(at).hasSize(4);
    assertThat(at.get(0).get("time").asDouble()).isEqualTo(100);
    assertThat(at.get(3).get("estimate").isNull()).as("F: past last follow-up, NA").isTrue();
    MetaReference.close(at.get(0), "estimate", "0.06196166"); // print(cuminc), 7 digits
  }

  /** Text output equals R's print(survfit), summary(survfit, times) and print(survdiff). */
  @Test
  void textLooksLikeR() {
    CliRun km = CliRun.of("km", "--data", LUNG, "--time", "time", "--event", "status", "--group",
        "sex", "--at", "365,730");
    assertThat(km.out()).contains(String.join("\n",
        "        n events median 0.95LCL 0.95UCL",
        "sex=1 138    112    270     212     310",
        "sex=2  90     53    426     348     550",
        "",
        "                sex=1 ",
        " time n.risk n.event survival std.err lower 95% CI upper 95% CI",
        "  365     35      85   0.3361  0.0434        0.261        0.433",
        "  730      7      24   0.0781  0.0276        0.039        0.156",
        "",
        "                sex=2 ",
        " time n.risk n.event survival std.err lower 95% CI upper 95% CI",
        "  365     30      36    0.526  0.0597       0.4215        0.658",
        "  730      6      14    0.187  0.0621       0.0978        0.359"));
    CliRun lr = CliRun.of("logrank", "--data", LUNG, "--time", "time", "--event", "status",
        "--group", "sex", "--strata", "ph.ecog");
    assertThat(lr.out()).contains(String.join("\n",
        "n=227, 1 observation deleted due to missingness.",
        "",
        "        N Observed Expected (O-E)^2/E (O-E)^2/V",
        "sex=1 137      111     90.6      4.57      10.8",
        "sex=2  90       53     73.4      5.65      10.8",
        "",
        " Chisq= 10.8  on 1 degrees of freedom, p= 0.001 "));
    CliRun peto = CliRun.of("logrank", "--data", LUNG, "--time", "time", "--event", "status",
        "--group", "sex", "--rho", "1");
    assertThat(peto.out()).contains("sex=1 138     70.4     55.6      3.95      12.7",
        " Chisq= 12.7  on 1 degrees of freedom, p= 4e-04 ");
  }

  /** A group without events: median NA (null), S = 1, and the test R computes. */
  @Test
  void groupWithoutEvents(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path f = dir.resolve("arms.csv");
    java.nio.file.Files.writeString(f, "time,status,arm\n5,1,A\n8,0,A\n12,1,A\n3,0,B\n9,0,B\n"
        + "15,0,B\n20,1,A\n7,0,B\n");
    JsonNode km = run("km", "--data", f.toString(), "--time", "time", "--event", "status",
        "--group", "arm", "--at", "6,10", "--format", "json");
    JsonNode a = km.get("groups").get(0);
    MetaReference.close(a, "median", "12");
    MetaReference.close(a, "medianLower", "5");
    MetaReference.close(a, "medianUpper", "NA");
    JsonNode b = km.get("groups").get(1);
    assertThat(b.get("events").asInt()).isZero();
    MetaReference.close(b, "median", "NA");
    MetaReference.close(b.get("at").get(1), "survival", "1");
    // survdiff(Surv(time, status) ~ arm): Chisq 1.24271844660194, p 0.2649477853656
    JsonNode lr = run("logrank", "--data", f.toString(), "--time", "time", "--event", "status",
        "--group", "arm", "--format", "json");
    MetaReference.close(lr, "statistic", "1.24271844660194");
    MetaReference.close(lr, "p", "0.2649477853656");
    MetaReference.close(lr.get("groups").get(1), "expected", "0.761904761904762");
    MetaReference.close(lr.get("groups").get(1), "observed", "0");
  }
}
