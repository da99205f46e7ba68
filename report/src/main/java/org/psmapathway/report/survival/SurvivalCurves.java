package org.psmapathway.report.survival;

import java.util.Arrays;
import org.psmapathway.stats.survival.KaplanMeierCurve;

/** Figure curves built from the results of module {@code stats}. */
public final class SurvivalCurves {

  private SurvivalCurves() {}

  /**
   * A Kaplan–Meier curve as R's {@code plot(survfit)} draws it: S(t) with its confidence bounds,
   * a censoring mark at every time with censored rows ({@code mark.time = TRUE}), and the numbers
   * at risk of the fit.
   */
  public static SurvivalCurve kaplanMeier(KaplanMeierCurve c, String label) {
    double[] censored = new double[c.steps()];
    int m = 0;
    for (int k = 0; k < c.steps(); k++) {
      if (c.nCensor()[k] > 0) {
        censored[m++] = c.time()[k];
      }
    }
    return new SurvivalCurve(label, label, 1, c.time(), c.survival(), c.lower(), c.upper(),
        Arrays.copyOf(censored, m), c.time(), c.nRisk());
  }
}
