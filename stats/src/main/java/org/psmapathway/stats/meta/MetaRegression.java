package org.psmapathway.stats.meta;

import java.util.ArrayList;
import java.util.List;

/** Meta-regression with one or more continuous moderators, at parity with metafor's rma.uni with mods. */
public final class MetaRegression {
  private MetaRegression() {
  }

  /**
   * @param names      moderator names, one per column
   * @param moderators moderators[j][i] = value of moderator j for study i
   */
  public static MetaRegressionResult fit(StudyData data, String[] names, double[][] moderators,
      MetaOptions options) {
    int k = data.k();
    int m = moderators.length;
    if (m < 1 || names.length != m) {
      throw new InvalidStudyException(-1, null, "moderators", "at least one moderator, each with a name");
    }
    double[][] x = new double[k][m + 1];
    for (int i = 0; i < k; i++) {
      x[i][0] = 1;
    }
    for (int j = 0; j < m; j++) {
      if (moderators[j].length != k) {
        throw new InvalidStudyException(-1, null, names[j], "one value per study (" + k + ")");
      }
      for (int i = 0; i < k; i++) {
        if (!Double.isFinite(moderators[j][i])) {
          throw new InvalidStudyException(i, data.labels()[i], names[j], "a finite moderator value");
        }
        x[i][j + 1] = moderators[j][i];
      }
    }
    if (k <= m + 1) {
      throw new InvalidStudyException(-1, null, "studies",
          "more studies than coefficients (" + (m + 1) + "), got " + k);
    }
    MixedEffectsFit f = MixedEffectsFit.fit(data.yi(), data.vi(), x, options.method(), options.knappHartung(),
        options.level());
    List<ModeratorCoefficient> coef = new ArrayList<>();
    for (int j = 0; j <= m; j++) {
      coef.add(new ModeratorCoefficient(j == 0 ? "intrcpt" : names[j - 1], f.beta[j], f.se[j], f.stat[j],
          f.pval[j], f.lower[j], f.upper[j]));
    }
    double r2 = Double.NaN;
    if (options.method() != Tau2Method.FE) {
      // metafor r2def "1": compare with the intercept-only model fitted by the same method.
      double tau2Re = MetaAnalysis.fitRaw(data, options).tau2;
      r2 = tau2Re == 0 ? 0 : Math.max(0, 100 * (tau2Re - f.tau2) / tau2Re);
    }
    return new MetaRegressionResult(k, options.method().name(), options.knappHartung() ? "knha" : "z", coef,
        f.qm, m, options.knappHartung() ? k - m - 1 : Double.NaN, f.qmp, f.qe, k - m - 1, f.qep, f.tau2,
        f.i2, f.h2, r2);
  }
}
