package org.psmapathway.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Empirical ROC curve, AUC with DeLong confidence interval and the Youden-optimal threshold, as R's
 * pROC 1.18 ({@code roc(outcome, score, levels = c(0, 1), direction = ...)}, {@code ci.auc(method =
 * "delong")}, {@code coords(roc, "best", best.method = "youden")}).
 *
 * <p>The "&gt;" direction is computed as "&lt;" on the negated scores (thresholds negated back), which
 * is exactly pROC's definition. One sort: O(n log n).
 */
public final class Roc {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Roc() {}

  /** 95% DeLong interval. */
  public static RocAnalysis analyse(double[] score, double[] outcome, RocDirection direction) {
    return analyse(score, outcome, direction, 0.95);
  }

  /**
   * @param score one per row; NaN = missing (row dropped and counted)
   * @param outcome 1 = case, 0 = control; NaN = missing
   * @throws IllegalArgumentException when lengths differ, an outcome is not 0/1, a score is
   *     infinite, or fewer than 2 cases or 2 controls remain (the DeLong variance needs 2 of each)
   */
  public static RocAnalysis analyse(
      double[] score, double[] outcome, RocDirection direction, double confidenceLevel) {
    if (score.length != outcome.length) {
      throw new IllegalArgumentException("score: expected " + outcome.length
          + " rows like the outcome, got " + score.length);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel: expected a value in (0, 1), got " + confidenceLevel);
    }
    double sign = direction == RocDirection.CONTROLS_LOWER ? 1 : -1;
    int nCases = 0;
    int nControls = 0;
    int dropped = 0;
    for (int i = 0; i < score.length; i++) {
      if (Double.isNaN(score[i]) || Double.isNaN(outcome[i])) {
        dropped++;
        continue;
      }
      if (outcome[i] != 0 && outcome[i] != 1) {
        throw new IllegalArgumentException(
            "outcome[" + i + "]: expected 0 or 1 (or NaN for missing), got " + outcome[i]);
      }
      if (Double.isInfinite(score[i])) {
        throw new IllegalArgumentException(
            "score[" + i + "]: expected a finite number or NaN for missing, got " + score[i]);
      }
      if (outcome[i] == 1) {
        nCases++;
      } else {
        nControls++;
      }
    }
    if (nCases < 2 || nControls < 2) {
      throw new IllegalArgumentException("outcome: expected at least 2 cases (1) and 2 controls (0)"
          + " with a score, got " + nCases + " cases and " + nControls + " controls");
    }
    double[] cases = new double[nCases];
    double[] controls = new double[nControls];
    for (int i = 0, a = 0, b = 0; i < score.length; i++) {
      if (Double.isNaN(score[i]) || Double.isNaN(outcome[i])) {
        continue;
      }
      if (outcome[i] == 1) {
        cases[a++] = sign * score[i];
      } else {
        controls[b++] = sign * score[i];
      }
    }
    Arrays.sort(cases);
    Arrays.sort(controls);

    // DeLong placement values (pROC delongPlacements): V10 for each case = P(control < case) with
    // ties ½; V01 for each control = P(case > control) with ties ½.
    double[] v10 = new double[nCases];
    double auc = 0;
    for (int i = 0; i < nCases; i++) {
      int below = lowerBound(controls, cases[i]);
      int equal = upperBound(controls, cases[i]) - below;
      v10[i] = (below + 0.5 * equal) / nControls;
      auc += v10[i];
    }
    auc /= nCases;
    double[] v01 = new double[nControls];
    for (int j = 0; j < nControls; j++) {
      int above = nCases - upperBound(cases, controls[j]);
      int equal = upperBound(cases, controls[j]) - lowerBound(cases, controls[j]);
      v01[j] = (above + 0.5 * equal) / nCases;
    }
    // pROC var.delong: S10 = Σ(V10 − auc)²/(m − 1), S01 likewise; var = S10/m + S01/n.
    double s10 = 0;
    for (double v : v10) {
      s10 += (v - auc) * (v - auc);
    }
    s10 /= nCases - 1;
    double s01 = 0;
    for (double v : v01) {
      s01 += (v - auc) * (v - auc);
    }
    s01 /= nControls - 1;
    double se = Math.sqrt(s10 / nCases + s01 / nControls);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    // ci.auc.delong: qnorm(c(a/2, 1 - a/2), mean = auc, sd = se), then clipped to [0, 1].
    double lower = Math.max(0, auc - z * se);
    double upper = Math.min(1, auc + z * se);

    List<RocPoint> points = curve(cases, controls, sign);
    int best = 0;
    int ties = 0;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < points.size(); k++) {
      // pROC roc.utils.optim.crit, youden: se + r · sp with r = (1 − 0.5)/(1 · 0.5) = 1 by default.
      double sum = points.get(k).sensitivity() + points.get(k).specificity();
      if (sum > bestSum) {
        bestSum = sum;
        best = k;
        ties = 1;
      } else if (sum == bestSum) {
        ties++;
      }
    }
    RocPoint optimum = points.get(best);
    return new RocAnalysis(direction, nCases, nControls, dropped, auc, se, lower, upper,
        confidenceLevel, optimum.threshold(), optimum.sensitivity(), optimum.specificity(), ties,
        points);
  }

  /**
   * Curve over the midpoints between distinct (signed) scores, ascending: a row is positive when its
   * signed score is above the threshold (pROC "&lt;": cases &gt;= t, controls &lt; t).
   */
  private static List<RocPoint> curve(double[] cases, double[] controls, double sign) {
    int nCases = cases.length;
    int nControls = controls.length;
    double[] all = new double[nCases + nControls];
    System.arraycopy(cases, 0, all, 0, nCases);
    System.arraycopy(controls, 0, all, nCases, nControls);
    Arrays.sort(all);
    List<RocPoint> points = new ArrayList<>();
    int truePositives = nCases;
    int trueNegatives = 0;
    int a = 0;
    int b = 0;
    double previous = Double.NEGATIVE_INFINITY;
    int i = 0;
    while (true) {
      double next = i < all.length ? all[i] : Double.POSITIVE_INFINITY;
      // roc.utils.thresholds: (c(-Inf, thresholds) + c(thresholds, +Inf)) / 2
      double threshold = (previous + next) / 2;
      points.add(new RocPoint(sign * threshold, (double) truePositives / nCases,
          (double) trueNegatives / nControls));
      if (i >= all.length) {
        break;
      }
      while (a < nCases && cases[a] == next) {
        truePositives--;
        a++;
      }
      while (b < nControls && controls[b] == next) {
        trueNegatives++;
        b++;
      }
      while (i < all.length && all[i] == next) {
        i++;
      }
      previous = next;
    }
    return points;
  }

  /** First index with sorted[index] &gt;= value. */
  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index with sorted[index] &gt; value. */
  private static int upperBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
