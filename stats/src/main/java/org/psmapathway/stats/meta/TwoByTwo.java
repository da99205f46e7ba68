package org.psmapathway.stats.meta;

/**
 * 2×2 tables (events / non-events in treatment and control) → log risk ratio, log odds ratio or risk
 * difference, as metafor's {@code escalc} with its defaults (R/escalc.r): {@code add = 1/2},
 * {@code to = "only0"} (0.5 is added to all four cells of a study that has a zero cell, for yi and vi),
 * {@code drop00 = FALSE} (double-zero studies are kept, with the 0.5 added; {@code dropDoubleZero} true
 * drops them as {@code drop00 = TRUE}). RD uses the large-sample variance (vtype "LS").
 */
public final class TwoByTwo {
  /** escalc {@code measure}. */
  public enum Measure {
    RR("log"), OR("log"), RD("identity");

    private final String scale;

    Measure(String scale) {
      this.scale = scale;
    }
  }

  private TwoByTwo() {
  }

  /** escalc defaults: double-zero studies kept. */
  public static StudyData effectSizes(Measure measure, String[] labels, double[] ai, double[] bi, double[] ci,
      double[] di) {
    return effectSizes(measure, labels, ai, bi, ci, di, false);
  }

  /**
   * @param ai events, treatment; bi non-events, treatment; ci events, control; di non-events, control
   * @param dropDoubleZero drop studies with no events in both arms (or no non-events in both), as
   *                       {@code drop00 = TRUE}; the result then has fewer studies than the input
   */
  public static StudyData effectSizes(Measure measure, String[] labels, double[] ai, double[] bi, double[] ci,
      double[] di, boolean dropDoubleZero) {
    int k = ai.length;
    if (bi.length != k || ci.length != k || di.length != k || (labels != null && labels.length != k)) {
      throw new InvalidStudyException(-1, null, "studies", "ai, bi, ci, di and labels of equal length");
    }
    String[] l = new String[k];
    double[] yi = new double[k];
    double[] vi = new double[k];
    int n = 0;
    for (int i = 0; i < k; i++) {
      String label = StudyData.labelOf(labels, i);
      count(i, label, "ai", ai[i]);
      count(i, label, "bi", bi[i]);
      count(i, label, "ci", ci[i]);
      count(i, label, "di", di[i]);
      if (ai[i] + bi[i] == 0 || ci[i] + di[i] == 0) {
        throw new InvalidStudyException(i, label, ai[i] + bi[i] == 0 ? "bi" : "di",
            "a group with at least one participant");
      }
      boolean doubleZero = (ai[i] == 0 && ci[i] == 0) || (bi[i] == 0 && di[i] == 0);
      if (dropDoubleZero && doubleZero) {
        continue;
      }
      double add = (ai[i] == 0 || bi[i] == 0 || ci[i] == 0 || di[i] == 0) ? 0.5 : 0.0;
      double a = ai[i] + add;
      double b = bi[i] + add;
      double c = ci[i] + add;
      double d = di[i] + add;
      double n1 = a + b;
      double n2 = c + d;
      double p1 = a / n1;
      double p2 = c / n2;
      switch (measure) {
        case RR -> {
          yi[n] = Math.log(p1) - Math.log(p2);
          vi[n] = 1 / a - 1 / n1 + 1 / c - 1 / n2;
        }
        case OR -> {
          yi[n] = Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2));
          vi[n] = 1 / a + 1 / b + 1 / c + 1 / d;
        }
        case RD -> {
          yi[n] = p1 - p2;
          vi[n] = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
        }
        default -> throw new IllegalStateException(measure.name());
      }
      if (!(vi[n] > 0)) {
        // RD of two 0 % / 100 % arms has zero LS variance even after the correction.
        throw new InvalidStudyException(i, label, "vi", "a positive variance for " + measure
            + ", got " + vi[n]);
      }
      l[n++] = label;
    }
    return new StudyData(java.util.Arrays.copyOf(l, n), java.util.Arrays.copyOf(yi, n),
        java.util.Arrays.copyOf(vi, n), measure.scale);
  }

  private static void count(int i, String label, String field, double x) {
    if (!(x >= 0) || !Double.isFinite(x)) {
      throw new InvalidStudyException(i, label, field, "a non-negative count, got " + x);
    }
  }
}
