package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text of {@code psma cox}, {@code logistic} and {@code roc} has the shape of R's print:
 * the header and rows of the coefficient table, the hazard-ratio table, the global tests, the
 * cox.zph table; numbers as R rounds them for display (the JSON carries full precision).
 */
class StatsTextOutputTest {

  static final String LUNG = StatsReference.file("lung.csv").toString();

  private static String run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  @Test
  void coxLikeSummaryCoxph() {
    String out = run("cox", "--data", LUNG, "--time", "time", "--event", "status",
        "--covariates", "age,sex,ph.ecog", "--zph");
    // R: print(coxph(Surv(time, status) ~ age + sex + ph.ecog, lung))
    assertThat(out).contains(
        "coxph: Surv(time, status) ~ age + sex + ph.ecog  (ties: efron)\n"
            + "  n= 227, number of events= 164\n"
            + "   (1 observation deleted due to missingness)\n\n"
            + "             coef exp(coef)  se(coef)      z        p\n"
            + "age      0.011067  1.011128  0.009267  1.194    0.232\n"
            + "sex     -0.552612  0.575445  0.167739 -3.294 0.000986\n"
            + "ph.ecog  0.463728  1.589991  0.113577  4.083 4.45e-05\n");
    assertThat(out).contains(
        "        exp(coef) exp(-coef) lower .95 upper .95\n"
            + "age        1.0111     0.9890    0.9929    1.0297\n");
    assertThat(out).contains("Concordance= 0.637  (se = 0.0251 )\n",
        "Likelihood ratio test= 30.5  on 3 df,   p=1e-06\n",
        "Score (logrank) test = 30.5  on 3 df,   p=1e-06\n");
    // R: print(cox.zph(fit)) — chisq 0.188 / 2.305 / 2.054 / 4.464
    assertThat(out).containsPattern("(?m)^age +0\\.188 +1 +0\\.66$")
        .containsPattern("(?m)^GLOBAL +4\\.464 +3 +0\\.22$");
  }

  @Test
  void robustAddsTheRobustSeColumn() {
    String out = run("cox", "--data", LUNG, "--time", "time", "--event", "status",
        "--covariates", "age,sex,ph.ecog", "--cluster", "inst");
    assertThat(out).containsPattern("(?m)^ +coef +exp\\(coef\\) +se\\(coef\\) +robust se +z +p$")
        .contains("cluster(inst)", "Wald test (robust)");
  }

  @Test
  void logisticLikeSummaryGlm() {
    String out = run("logistic", "--data", StatsReference.file("roc_input.csv").toString(),
        "--outcome", "outcome", "--covariates", "score");
    assertThat(out).containsPattern(
        "(?m)^Coefficients: +Estimate +Std\\. Error +z value +Pr\\(>\\|z\\|\\)$")
        .containsPattern("(?m)^\\(Intercept\\) ").containsPattern("(?m)^score ")
        .contains("    Null deviance: ", "Residual deviance: ", "AIC: ",
            "Number of Fisher Scoring iterations: ", "odds ratio");
  }

  @Test
  void rocLikePrintRoc() {
    String out = run("roc", "--data", StatsReference.file("roc_input.csv").toString(),
        "--outcome", "outcome", "--score", "score");
    assertThat(out).containsPattern("(?m)^Data: score in \\d+ controls \\(outcome 0\\) < \\d+ "
        + "cases \\(outcome 1\\)\\.$").contains("Area under the curve: ", "95% CI: ", "(DeLong");
  }
}
