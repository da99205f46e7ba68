package org.psmapathway.stats.meta;

import java.util.Arrays;

/**
 * Effect sizes ready for pooling: per study a label, the estimate {@code yi} (log scale for ratio measures)
 * and its sampling variance {@code vi}. {@code scale} is "log" for ratio measures (results are then also
 * reported exponentiated) and "identity" otherwise. Arrays are copied; instances are immutable.
 * Null labels (or a null label array) become "Study 1", "Study 2", … as metafor's default slab.
 */
public record StudyData(String[] labels, double[] yi, double[] vi, String scale) {

  public StudyData {
    if (yi == null || vi == null) {
      throw new InvalidStudyException(-1, null, "studies", "yi and vi must not be null");
    }
    if (labels == null) {
      labels = new String[yi.length]; // filled with "Study i" below
    }
    if (labels.length != yi.length || yi.length != vi.length) {
      throw new InvalidStudyException(-1, null, "studies",
          "labels, yi and vi must have the same length (got " + labels.length + ", " + yi.length
              + ", " + vi.length + ")");
    }
    if (!"log".equals(scale) && !"identity".equals(scale)) {
      throw new InvalidStudyException(-1, null, "scale", "\"log\" or \"identity\", got " + scale);
    }
    labels = labels.clone();
    yi = yi.clone();
    vi = vi.clone();
    for (int i = 0; i < yi.length; i++) {
      if (labels[i] == null) {
        labels[i] = "Study " + (i + 1);
      }
      if (!Double.isFinite(yi[i])) {
        throw new InvalidStudyException(i, labels[i], "yi", "a finite number, got " + yi[i]);
      }
      // metafor refuses DL/PM/HS with non-positive variances and cannot compute Q, I2; we refuse always.
      if (!(vi[i] > 0) || !Double.isFinite(vi[i])) {
        throw new InvalidStudyException(i, labels[i], "vi", "a positive finite variance, got " + vi[i]);
      }
    }
  }

  /** Generic inverse-variance input on the identity scale. */
  public static StudyData ofVariances(String[] labels, double[] yi, double[] vi) {
    return new StudyData(labels, yi, vi, "identity");
  }

  /** Generic input with standard errors ({@code rma(yi, sei = sei)}): vi = sei². */
  public static StudyData ofStandardErrors(String[] labels, double[] yi, double[] sei, String scale) {
    double[] vi = new double[sei.length];
    for (int i = 0; i < sei.length; i++) {
      if (!(sei[i] > 0) || !Double.isFinite(sei[i])) {
        throw new InvalidStudyException(i, labelOf(labels, i), "sei",
            "a positive finite standard error, got " + sei[i]);
      }
      vi[i] = sei[i] * sei[i];
    }
    return new StudyData(labels, yi, vi, scale);
  }

  static String labelOf(String[] labels, int i) {
    return labels != null && i < labels.length && labels[i] != null ? labels[i] : "Study " + (i + 1);
  }

  public int k() {
    return yi.length;
  }

  public boolean ratioMeasure() {
    return "log".equals(scale);
  }

  /** The studies at the given indices, in that order. */
  StudyData subset(int[] idx) {
    String[] l = new String[idx.length];
    double[] y = new double[idx.length];
    double[] v = new double[idx.length];
    for (int j = 0; j < idx.length; j++) {
      l[j] = labels[idx[j]];
      y[j] = yi[idx[j]];
      v[j] = vi[idx[j]];
    }
    return new StudyData(l, y, v, scale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StudyData s && Arrays.equals(labels, s.labels) && Arrays.equals(yi, s.yi)
        && Arrays.equals(vi, s.vi) && scale.equals(s.scale);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(yi) + Arrays.hashCode(vi)) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "StudyData[k=" + yi.length + ", scale=" + scale + "]";
  }
}
