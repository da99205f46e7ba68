package org.psmapathway.stats.meta;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Hazard ratios reported with a confidence interval → log HR and its variance, as metafor's
 * {@code conv.wald} (R/conv.wald.r): yi = ln HR, sei = (ln U − ln L) / (2·z) with z = qnorm(1 − α/2)
 * (1.959964 for 95 %, not 1.96).
 */
public final class HazardRatios {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private HazardRatios() {
  }

  /** With the usual 95 % interval. */
  public static StudyData fromConfidenceIntervals(String[] labels, double[] hr, double[] lower, double[] upper) {
    return fromConfidenceIntervals(labels, hr, lower, upper, 0.95);
  }

  /**
   * @param level confidence level of the reported intervals, e.g. 0.95 or 0.90
   * @throws InvalidStudyException naming the study and field for a non-positive HR or bound, a lower bound
   *                               above the upper, or an HR outside its interval
   */
  public static StudyData fromConfidenceIntervals(String[] labels, double[] hr, double[] lower, double[] upper,
      double level) {
    if (!(level > 0 && level < 1)) {
      throw new InvalidStudyException(-1, null, "level", "a confidence level in (0, 1), got " + level);
    }
    int k = hr.length;
    if (lower.length != k || upper.length != k || (labels != null && labels.length != k)) {
      throw new InvalidStudyException(-1, null, "studies", "hr, lower, upper and labels of equal length");
    }
    double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
    String[] l = new String[k];
    double[] yi = new double[k];
    double[] sei = new double[k];
    for (int i = 0; i < k; i++) {
      l[i] = StudyData.labelOf(labels, i);
      positive(i, l[i], "hr", hr[i]);
      positive(i, l[i], "lower", lower[i]);
      positive(i, l[i], "upper", upper[i]);
      if (!(lower[i] < upper[i])) {
        throw new InvalidStudyException(i, l[i], "lower",
            "a lower bound below the upper bound, got " + lower[i] + " > " + upper[i]);
      }
      if (hr[i] < lower[i] || hr[i] > upper[i]) {
        throw new InvalidStudyException(i, l[i], "hr",
            "a value inside its interval [" + lower[i] + ", " + upper[i] + "], got " + hr[i]);
      }
      yi[i] = Math.log(hr[i]);
      sei[i] = (Math.log(upper[i]) - Math.log(lower[i])) / (2 * z);
    }
    return StudyData.ofStandardErrors(l, yi, sei, "log");
  }

  private static void positive(int i, String label, String field, double x) {
    if (!(x > 0) || !Double.isFinite(x)) {
      throw new InvalidStudyException(i, label, field, "a positive finite ratio, got " + x);
    }
  }
}
