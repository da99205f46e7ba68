package org.psmapathway.stats.cox;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psmapathway.stats.model.ModelData;

/** Seeded property checks: invariances every correct Cox fit has, on simulated data. */
class CoxPropertiesTest {

  private static final String FORMULA = "x1 + x2 + g";

  /** Exponential times with 3 covariates; {@code roundTo} > 0 rounds times to create ties. */
  private static double[][] simulate(long seed, int n, double roundTo) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      double x1 = r.nextGaussian();
      double x2 = 10 + 3 * r.nextGaussian();
      double g = r.nextInt(2);
      double rate = Math.exp(0.5 * x1 - 0.1 * x2 + 0.7 * g);
      double t = -Math.log(1 - r.nextDouble()) / rate;
      double cens = 5 * r.nextDouble();
      double time = Math.min(t, cens);
      if (roundTo > 0) {
        time = Math.max(roundTo, Math.round(time / roundTo) * roundTo);
      }
      c[0][i] = time;
      c[1][i] = t <= cens ? 1 : 0;
      c[2][i] = x1;
      c[3][i] = x2;
      c[4][i] = g;
    }
    return c;
  }

  private static ModelData data(double[][] c, int[] perm, double scaleX2) {
    int n = c[0].length;
    double[][] d = new double[5][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 5; k++) {
        d[k][i] = c[k][perm[i]] * (k == 3 ? scaleX2 : 1);
      }
    }
    return ModelData.builder().numeric("time", d[0]).numeric("status", d[1]).numeric("x1", d[2])
        .numeric("x2", d[3]).numeric("g", d[4]).build();
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private static int[] shuffled(int n, long seed) {
    int[] p = identity(n);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static CoxFit fit(ModelData d, Ties ties) {
    return CoxModel.fit(d, CoxSpec.of("time", "status", FORMULA), CoxOptions.defaults().withTies(ties)).result();
  }

  @Test
  void coefficientsDoNotDependOnRowOrder() {
    for (long seed = 1; seed <= 5; seed++) {
      double[][] c = simulate(seed, 400, 0.1);
      CoxFit a = fit(data(c, identity(400), 1), Ties.EFRON);
      CoxFit b = fit(data(c, shuffled(400, seed * 7), 1), Ties.EFRON);
      for (int j = 0; j < 3; j++) {
        assertClose("seed " + seed + " coef " + j, b.coefficients().get(j).coef(), a.coefficients().get(j).coef(), 1e-10);
        assertClose("seed " + seed + " robust se " + j, b.coefficients().get(j).robustSe(), a.coefficients().get(j).robustSe(), 1e-9);
      }
      assertClose("seed " + seed + " concordance se", b.concordance().se(), a.concordance().se(), 1e-12);
    }
  }

  @Test
  void coefficientScalesInverselyWithCovariate() {
    for (long seed = 11; seed <= 15; seed++) {
      double[][] c = simulate(seed, 300, 0.1);
      double k = 1 + seed; // x2 · k  ⇒  β2 / k, se2 / k, HR of the other terms unchanged
      CoxFit a = fit(data(c, identity(300), 1), Ties.EFRON);
      CoxFit b = fit(data(c, identity(300), k), Ties.EFRON);
      assertClose("seed " + seed + " beta2", b.coefficient("x2").coef(), a.coefficient("x2").coef() / k, 1e-8);
      assertClose("seed " + seed + " se2", b.coefficient("x2").se(), a.coefficient("x2").se() / k, 1e-8);
      assertClose("seed " + seed + " beta1", b.coefficient("x1").coef(), a.coefficient("x1").coef(), 1e-8);
      assertClose("seed " + seed + " loglik", b.loglik()[1], a.loglik()[1], 1e-12);
    }
  }

  @Test
  void breslowEqualsEfronWithoutTies() {
    for (long seed = 21; seed <= 25; seed++) {
      double[][] c = simulate(seed, 300, 0); // continuous times: no ties
      CoxFit e = fit(data(c, identity(300), 1), Ties.EFRON);
      CoxFit b = fit(data(c, identity(300), 1), Ties.BRESLOW);
      for (int j = 0; j < 3; j++) {
        assertClose("seed " + seed + " coef " + j, b.coefficients().get(j).coef(), e.coefficients().get(j).coef(), 1e-12);
        assertClose("seed " + seed + " rse " + j, b.coefficients().get(j).robustSe(), e.coefficients().get(j).robustSe(), 1e-10);
      }
      assertClose("seed " + seed + " loglik", b.loglik()[1], e.loglik()[1], 1e-12);
    }
  }

  @Test
  void clusterOfSingletonsEqualsNoCluster() {
    double[][] c = simulate(31, 200, 0.1);
    ModelData base = data(c, identity(200), 1);
    double[] id = new double[200];
    for (int i = 0; i < 200; i++) {
      id[i] = 199 - i;
    }
    ModelData withId = ModelData.builder().numeric("time", base.numeric("time")).numeric("status", base.numeric("status"))
        .numeric("x1", base.numeric("x1")).numeric("x2", base.numeric("x2")).numeric("g", base.numeric("g"))
        .numeric("id", id).build();
    CoxFit a = CoxModel.fit(base, CoxSpec.of("time", "status", FORMULA), CoxOptions.defaults()).result();
    CoxFit b = CoxModel.fit(withId, CoxSpec.of("time", "status", FORMULA).withCluster("id"), CoxOptions.defaults()).result();
    for (int j = 0; j < 3; j++) {
      assertClose("rse " + j, b.coefficients().get(j).robustSe(), a.coefficients().get(j).robustSe(), 1e-12);
    }
  }

  @Test
  void badInputNamesTheRowAndWhatWasExpected() {
    ModelData d = ModelData.builder().numeric("time", new double[] {1, -2, 3}).numeric("status", new double[] {1, 0, 1})
        .numeric("x", new double[] {0, 1, 0}).build();
    assertThatThrownBy(() -> CoxModel.fit(d, CoxSpec.of("time", "status", "x"), CoxOptions.defaults()))
        .hasMessageContaining("'time' row 1").hasMessageContaining(">= 0");
    ModelData s = ModelData.builder().numeric("time", new double[] {1, 2, 3}).numeric("status", new double[] {1, 3, 1})
        .numeric("x", new double[] {0, 1, 0}).build();
    assertThatThrownBy(() -> CoxModel.fit(s, CoxSpec.of("time", "status", "x"), CoxOptions.defaults()))
        .hasMessageContaining("'status' row 1").hasMessageContaining("0/1");
    assertThatThrownBy(() -> CoxOptions.defaults().withConfLevel(1.5)).hasMessageContaining("confLevel");
  }

  @Test
  void summaryTextIsLaidOutLikePrintCoxph() {
    double[][] c = simulate(41, 100, 0.1);
    String text = CoxModel.fit(data(c, identity(100), 1), CoxSpec.of("time", "status", FORMULA), CoxOptions.defaults())
        .summaryText();
    assertThat(text).contains("coef", "exp(coef)", "se(coef)", "z", "p", "Likelihood ratio test=", "n= 100");
    assertThat(text.lines().filter(l -> l.startsWith("x1 ") || l.startsWith("x2 ") || l.startsWith("g "))).hasSize(3);
  }
}
