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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma finegray} against cmprsk::crr on mgus2 (pcm and death, ~ age + male), the input
 * joined from mgus2_competing.csv and mgus2_age.csv as the stats tests join them. 1e-6 relative.
 */
class FineGrayCommandReferenceTest {

  @TempDir
  Path dir;

  private Path mgus2() throws IOException {
    Map<String, String> age = new HashMap<>();
    for (Map<String, String> r : rows("mgus2_age.csv", r -> true)) {
      age.put(r.get("id"), r.get("age"));
    }
    List<String> out = new ArrayList<>(List.of("id,sex,male,age,etime,event"));
    for (Map<String, String> r : rows("mgus2_competing.csv", r -> true)) {
      out.add(r.get("id") + "," + r.get("sex") + "," + ("M".equals(r.get("sex")) ? 1 : 0) + ","
          + age.get(r.get("id")) + "," + r.get("etime") + "," + r.get("event"));
    }
    Path f = dir.resolve("mgus2.csv");
    Files.write(f, out);
    return f;
  }

  @Test
  void pcmAndDeathMatchCrr() throws IOException {
    Path f = mgus2();
    for (String cause : new String[] {"pcm", "death"}) {
      List<Map<String, String>> ref = rows("cox_extra_reference.csv",
          r -> ("mgus2_crr_" + cause).equals(r.get("case")));
      JsonNode j = json("finegray", "--data", f.toString(), "--time", "etime", "--status", "event",
          "--cause", cause, "--censor-code", "censor", "--covariates", "age,male");
      String[] terms = {"age", "male"};
      for (int k = 0; k < 2; k++) {
        JsonNode c = j.get("coefficients").get(k);
        assertThat(c.get("term").asText()).isEqualTo(terms[k]);
        for (String[] q : new String[][] {{"coef", "coef"}, {"se", "se"}, {"z", "z"}, {"p", "p"},
            {"lower", "hr_lower95"}, {"upper", "hr_upper95"}}) {
          int kk = k;
          List<Map<String, String>> v = ref.stream().filter(r -> q[1].equals(r.get("quantity"))
              && terms[kk].equals(r.get("term"))).toList();
          if (!v.isEmpty()) {
            close(c, q[0], v.get(0).get("value"));
          }
        }
      }
      assertThat(j.get("n").asInt()).isEqualTo(1384); // R's n for mgus2_crr_pcm
      if (cause.equals("pcm")) {
        assertThat(j.get("loglik").get(1).asDouble()).isCloseTo(
            Double.parseDouble(value(ref, "quantity", "loglik")),
            org.assertj.core.data.Percentage.withPercentage(1e-4));
        assertThat(j.get("loglik").get(0).asDouble()).isCloseTo(
            Double.parseDouble(value(ref, "quantity", "loglik_null")),
            org.assertj.core.data.Percentage.withPercentage(1e-4));
      }
      assertThat(j.get("converged").asBoolean()).isTrue();
    }
    // the crr rows of mgus2_finegray.csv, with sex as a categorical covariate (term sex=M)
    List<Map<String, String>> crr = rows("mgus2_finegray.csv",
        r -> "cmprsk::crr".equals(r.get("method")));
    JsonNode j = json("finegray", "--data", f.toString(), "--time", "etime", "--status", "event",
        "--cause", "pcm", "--censor-code", "censor", "--covariates", "age,sex", "--categorical",
        "sex");
    assertThat(j.get("coefficients").get(1).get("term").asText()).isEqualTo("sex=M");
    for (int k = 0; k < 2; k++) {
      close(j.get("coefficients").get(k), "coef", crr.get(k).get("coef"));
      close(j.get("coefficients").get(k), "se", crr.get(k).get("se"));
    }
  }

  @Test
  void textLooksLikeSummaryCrr() throws IOException {
    CliRun run = CliRun.of("finegray", "--data", mgus2().toString(), "--time", "etime",
        "--status", "event", "--cause", "pcm", "--censor-code", "censor", "--covariates",
        "age,male");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("n= 1384, events (cause pcm)= 115")
        .containsPattern("(?m)^ +coef +exp\\(coef\\) +se\\(coef\\) +z +p$")
        .containsPattern("(?m)^age +-0\\.0173\\d* ")
        .contains("lower .95", "convergence: TRUE");
  }
}
