package org.psmapathway.stats.meta;

/**
 * Time-to-event summaries O − E and V per study (e.g. from a log-rank test) → Peto log hazard ratio:
 * yi = (O − E)/V, vi = 1/V (Yusuf–Peto; Cochrane Handbook 6.8.2). Pooled with the fixed-effect
 * inverse-variance model this is the Peto method.
 */
public final class PetoObservedExpected {
  private PetoObservedExpected() {
  }

  public static StudyData logHazardRatios(String[] labels, double[] observedMinusExpected, double[] variance) {
    int k = observedMinusExpected.length;
    if (variance.length != k || (labels != null && labels.length != k)) {
      throw new InvalidStudyException(-1, null, "studies", "O-E, V and labels of equal length");
    }
    String[] l = new String[k];
    double[] yi = new double[k];
    double[] vi = new double[k];
    for (int i = 0; i < k; i++) {
      l[i] = StudyData.labelOf(labels, i);
      if (!(variance[i] > 0) || !Double.isFinite(variance[i])) {
        throw new InvalidStudyException(i, l[i], "V", "a positive finite variance, got " + variance[i]);
      }
      if (!Double.isFinite(observedMinusExpected[i])) {
        throw new InvalidStudyException(i, l[i], "O-E", "a finite number, got " + observedMinusExpected[i]);
      }
      yi[i] = observedMinusExpected[i] / variance[i];
      vi[i] = 1 / variance[i];
    }
    return new StudyData(l, yi, vi, "log");
  }
}
