package org.psmapathway.stats.meta;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Duval–Tweedie trim-and-fill as metafor's {@code trimfill.rma.uni} (R/trimfill.rma.uni.r): side chosen from
 * the sign of the sei slope in a meta-regression with the fitted model's method ("right" when negative);
 * estimators L0 (default) and R0; iterate fitting the trimmed studies until k0 is stable; mirror the k0
 * most extreme studies about the trimmed estimate and refit all with the same method and test.
 */
public final class TrimAndFill {
  /** trimfill {@code estimator}. */
  public enum Estimator { L0, R0 }

  /** {@code filledYi}/{@code filledVi}: the imputed studies (labelled "Filled 1", …) in metafor's order. */
  public record Result(String side, String estimator, int k0, double[] filledYi, double[] filledVi,
      MetaResult adjusted) {
  }

  private TrimAndFill() {
  }

  public static Result run(StudyData data, MetaOptions options, Estimator estimator) {
    int k = data.k();
    if (k < 3) {
      throw new InvalidStudyException(-1, null, "studies", "at least three studies for trim-and-fill");
    }
    MetaOptions o = options.withAuto(false);
    double[][] x = new double[k][2];
    for (int i = 0; i < k; i++) {
      x[i][0] = 1;
      x[i][1] = Math.sqrt(data.vi()[i]);
    }
    double slope = MixedEffectsFit.fit(data.yi(), data.vi(), x, o.method(), o.knappHartung(), o.level()).beta[1];
    boolean right = slope < 0;
    double sign = right ? -1 : 1;
    // R sort(..., index.return = TRUE) is stable (radix) for ties.
    Integer[] ix = IntStream.range(0, k).boxed().toArray(Integer[]::new);
    Arrays.sort(ix, Comparator.comparingDouble(i -> sign * data.yi()[i]));
    double[] y = new double[k];
    double[] v = new double[k];
    for (int j = 0; j < k; j++) {
      y[j] = sign * data.yi()[ix[j]];
      v[j] = data.vi()[ix[j]];
    }
    int k0 = 0;
    int k0Prev = -1;
    double beta = Double.NaN;
    int iter = 0;
    while (k0 != k0Prev) {
      k0Prev = k0;
      if (++iter > 100) {
        throw new IllegalStateException("Trim and fill algorithm did not converge.");
      }
      int n = k - k0;
      double[] yt = Arrays.copyOf(y, n);
      double[] vt = Arrays.copyOf(v, n);
      beta = MixedEffectsFit.fit(yt, vt, MixedEffectsFit.interceptOnly(n), o.method(), o.knappHartung(),
          o.level()).beta[0];
      double[] centred = new double[k];
      for (int j = 0; j < k; j++) {
        centred[j] = y[j] - beta;
      }
      // rank(abs(yi.c), ties.method = "first"), signed.
      Integer[] byAbs = IntStream.range(0, k).boxed().toArray(Integer[]::new);
      Arrays.sort(byAbs, Comparator.comparingDouble(j -> Math.abs(centred[j])));
      int[] signedRank = new int[k];
      for (int r = 0; r < k; r++) {
        int j = byAbs[r];
        signedRank[j] = (int) Math.signum(centred[j]) * (r + 1);
      }
      double estimate;
      if (estimator == Estimator.R0) {
        int maxNeg = 0;
        for (int sr : signedRank) {
          if (sr < 0) {
            maxNeg = Math.max(maxNeg, -sr);
          }
        }
        estimate = (k - maxNeg) - 1;
      } else {
        double sr = 0;
        for (int s : signedRank) {
          if (s > 0) {
            sr += s;
          }
        }
        estimate = (4 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
      }
      k0 = (int) Math.max(0, Math.rint(estimate)); // R round(): half to even
    }
    if (k0 == 0) {
      return new Result(right ? "right" : "left", estimator.name(), 0, new double[0], new double[0],
          MetaAnalysis.fit(data, o));
    }
    int total = k + k0;
    String[] labels = Arrays.copyOf(data.labels(), total);
    double[] yAll = Arrays.copyOf(data.yi(), total);
    double[] vAll = Arrays.copyOf(data.vi(), total);
    double[] fy = new double[k0];
    double[] fv = new double[k0];
    for (int f = 0; f < k0; f++) {
      int j = k - k0 + f;
      fy[f] = sign * (2 * beta - y[j]);
      fv[f] = v[j];
      labels[k + f] = "Filled " + (f + 1);
      yAll[k + f] = fy[f];
      vAll[k + f] = fv[f];
    }
    MetaResult adjusted = MetaAnalysis.fit(new StudyData(labels, yAll, vAll, data.scale()), o);
    return new Result(right ? "right" : "left", estimator.name(), k0, fy, fv, adjusted);
  }
}
