package org.psmapathway.stats.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Intercept-only meta-analysis at parity with metafor's {@code rma.uni} / {@code predict.rma} /
 * {@code confint.rma.uni} / {@code leave1out} / {@code cumul} (metafor 3.8-1).
 */
public final class MetaAnalysis {
  private static final NormalDistribution Z = NormalDistribution.of(0, 1);

  private MetaAnalysis() {
  }

  /** Fit with the given options; with {@code auto} the FE/RE choice is made from Q and I² first. */
  public static MetaResult fit(StudyData data, MetaOptions options) {
    if (options.auto()) {
      if (options.method() == Tau2Method.FE) {
        throw new IllegalArgumentException(
            "method: the auto rule needs a random-effects estimator to fall back on, got FE");
      }
      MetaResult fe = fit(data, options.withAuto(false).withMethod(Tau2Method.FE).withKnappHartung(false),
          "");
      boolean fixed = fe.I2() <= 50 && !(fe.Qp() < 0.10);
      String why = String.format(Locale.ROOT, "auto: I2 = %.1f%%, Q p = %.3g -> %s", fe.I2(), fe.Qp(),
          fixed ? "fixed effect (I2 <= 50% and p >= 0.10)"
              : "random effects, " + options.method() + " (I2 > 50% or p < 0.10)");
      MetaOptions chosen = options.withAuto(false);
      if (fixed) {
        chosen = chosen.withMethod(Tau2Method.FE).withKnappHartung(false);
      }
      return fit(data, chosen, why);
    }
    return fit(data, options, "requested");
  }

  private static MetaResult fit(StudyData data, MetaOptions o, String choice) {
    int k = data.k();
    if (k < 1) {
      throw new InvalidStudyException(-1, null, "studies", "at least one study");
    }
    if (o.method() != Tau2Method.FE && k < 2) {
      throw new InvalidStudyException(-1, null, "studies",
          "at least two studies for a random-effects model (" + o.method() + "), got " + k);
    }
    if (o.knappHartung() && k < 2) {
      throw new InvalidStudyException(-1, null, "studies", "at least two studies for Knapp-Hartung");
    }
    double[] y = data.yi();
    double[] v = data.vi();
    double[][] x = MixedEffectsFit.interceptOnly(k);
    MixedEffectsFit f = MixedEffectsFit.fit(y, v, x, o.method(), o.knappHartung(), o.level());
    double mu = f.beta[0];
    double se = f.se[0];

    double tau2Lower = Double.NaN;
    double tau2Upper = Double.NaN;
    if (o.method() != Tau2Method.FE) {
      double[] ci = MixedEffectsFit.qProfile(y, v, x, f.tau2, o.level());
      tau2Lower = ci[0];
      tau2Upper = ci[1];
    }

    double piLower = Double.NaN;
    double piUpper = Double.NaN;
    double alpha = 1 - o.level();
    if (o.predictionInterval() == PredictionIntervalType.METAFOR) {
      // predict.rma: crit as for the CI (z, or t(k-1) under knha), sd = sqrt(tau2 + se^2); none for FE.
      if (o.method() != Tau2Method.FE) {
        double sd = Math.sqrt(f.tau2 + se * se);
        piLower = mu - f.crit * sd;
        piUpper = mu + f.crit * sd;
      }
    } else if (k >= 3) {
      // Higgins, Thompson & Spiegelhalter (2009): t with k - 2 df.
      double crit = TDistribution.of(k - 2).inverseSurvivalProbability(alpha / 2);
      double sd = Math.sqrt(f.tau2 + se * se);
      piLower = mu - crit * sd;
      piUpper = mu + crit * sd;
    }

    double sw = 0;
    for (double w : f.weights) {
      sw += w;
    }
    double zStudy = Z.inverseSurvivalProbability(alpha / 2);
    List<StudyWeight> studies = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double s = Math.sqrt(v[i]);
      studies.add(new StudyWeight(data.labels()[i], y[i], v[i], 100 * f.weights[i] / sw,
          y[i] - zStudy * s, y[i] + zStudy * s));
    }
    ExpScale exp = data.ratioMeasure()
        ? new ExpScale(Math.exp(mu), Math.exp(f.lower[0]), Math.exp(f.upper[0]), Math.exp(piLower),
            Math.exp(piUpper))
        : null;
    return new MetaResult(k, o.method().name(), o.knappHartung() ? "knha" : "z", data.scale(), o.level(), mu,
        se, f.lower[0], f.upper[0], f.stat[0], f.pval[0], f.tau2, f.tau2Se, tau2Lower, tau2Upper, f.i2, f.h2,
        f.qe, k - 1, f.qep, o.predictionInterval().name(), piLower, piUpper, f.logLik, choice, studies, exp,
        List.of());
  }

  /** {@link #fit} plus leave-one-out rows (metafor {@code leave1out}: same method and test, k refits). */
  public static MetaResult fitWithLeaveOneOut(StudyData data, MetaOptions options) {
    MetaResult full = fit(data, options);
    MetaOptions used = options.withAuto(false).withMethod(Tau2Method.valueOf(full.method()));
    return full.withLeaveOneOut(leaveOneOut(data, used));
  }

  /** Leave-one-out rows, one per omitted study, in input order. */
  public static List<LeaveOneOutRow> leaveOneOut(StudyData data, MetaOptions options) {
    int k = data.k();
    if (k < 2 || (options.method() != Tau2Method.FE && k < 3)) {
      throw new InvalidStudyException(-1, null, "studies",
          "enough studies to leave one out and still fit " + options.method() + ", got " + k);
    }
    List<LeaveOneOutRow> rows = new ArrayList<>(k);
    for (int omit = 0; omit < k; omit++) {
      int[] idx = new int[k - 1];
      for (int i = 0, j = 0; i < k; i++) {
        if (i != omit) {
          idx[j++] = i;
        }
      }
      MixedEffectsFit f = fitRaw(data.subset(idx), options);
      rows.add(new LeaveOneOutRow(data.labels()[omit], f.beta[0], f.se[0], f.stat[0], f.pval[0], f.lower[0],
          f.upper[0], f.qe, f.qep, f.tau2, f.i2, f.h2));
    }
    return rows;
  }

  /**
   * Cumulative meta-analysis (metafor {@code cumul}): studies added one at a time in the given order
   * (indices into {@code data}, e.g. sorted by publication year). The first rows are fitted as metafor
   * does: one study gives its own estimate with τ² = 0.
   */
  public static List<CumulativeRow> cumulative(StudyData data, int[] order, MetaOptions options) {
    int k = data.k();
    if (order.length != k) {
      throw new InvalidStudyException(-1, null, "order", "a permutation of 0.." + (k - 1));
    }
    boolean[] seen = new boolean[k];
    for (int i : order) {
      if (i < 0 || i >= k || seen[i]) {
        throw new InvalidStudyException(-1, null, "order", "a permutation of 0.." + (k - 1));
      }
      seen[i] = true;
    }
    List<CumulativeRow> rows = new ArrayList<>(k);
    for (int n = 1; n <= k; n++) {
      int[] idx = java.util.Arrays.copyOf(order, n);
      StudyData sub = data.subset(idx);
      MetaOptions o = options;
      if (n == 1) {
        o = options.withMethod(Tau2Method.FE).withKnappHartung(false); // rma.uni with k = 1: tau2 = 0
      }
      MixedEffectsFit f = fitRaw(sub, o);
      double i2 = n == 1 ? 0 : f.i2;
      rows.add(new CumulativeRow(data.labels()[order[n - 1]], n, f.beta[0], f.se[0], f.stat[0], f.pval[0],
          f.lower[0], f.upper[0], f.qe, f.qep, f.tau2, i2, f.h2));
    }
    return rows;
  }

  static MixedEffectsFit fitRaw(StudyData data, MetaOptions o) {
    return MixedEffectsFit.fit(data.yi(), data.vi(), MixedEffectsFit.interceptOnly(data.k()), o.method(),
        o.knappHartung(), o.level());
  }
}
