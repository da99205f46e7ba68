package org.psmapathway.stats.meta;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * One fit of metafor's {@code rma.uni} (R/rma.uni.r, metafor 3.8-1): τ² by the chosen estimator, then
 * weighted least squares with wi = 1/(vi + τ²), optional Knapp–Hartung, Cochran's Q with FE weights,
 * I²/H² from the "typical" within-study variance, log-likelihood. Column 0 of X is the intercept.
 * Iterative steps are run to tight convergence (Fisher scoring |Δτ²| < 1e-12, Brent tol 1e-13), as
 * metafor with {@code control = list(threshold = 1e-12, tol = 1e-13)}.
 */
final class MixedEffectsFit {
  static final double THRESHOLD = 1e-12;
  static final double ROOT_TOL = 1e-13;
  static final int MAX_ITER = 1000;
  private static final NormalDistribution Z = NormalDistribution.of(0, 1);

  final int k;
  final int p;
  final Tau2Method method;
  final boolean knapp;
  final double tau2;
  final double tau2Se;
  final double[] beta;
  final double[][] vb;
  final double[] se;
  final double[] stat;
  final double[] pval;
  final double[] lower;
  final double[] upper;
  /** Residual degrees of freedom k − p under Knapp–Hartung, NaN for z tests. */
  final double dfs;
  final double crit;
  final double qe;
  final double qep;
  final double i2;
  final double h2;
  final double qm;
  final double qmp;
  final double logLik;
  final double[] weights;

  private MixedEffectsFit(Builder b) {
    k = b.k;
    p = b.p;
    method = b.method;
    knapp = b.knapp;
    tau2 = b.tau2;
    tau2Se = b.tau2Se;
    beta = b.beta;
    vb = b.vb;
    se = b.se;
    stat = b.stat;
    pval = b.pval;
    lower = b.lower;
    upper = b.upper;
    dfs = b.dfs;
    crit = b.crit;
    qe = b.qe;
    qep = b.qep;
    i2 = b.i2;
    h2 = b.h2;
    qm = b.qm;
    qmp = b.qmp;
    logLik = b.logLik;
    weights = b.weights;
  }

  private static final class Builder {
    int k;
    int p;
    Tau2Method method;
    boolean knapp;
    double tau2;
    double tau2Se = Double.NaN;
    double[] beta;
    double[][] vb;
    double[] se;
    double[] stat;
    double[] pval;
    double[] lower;
    double[] upper;
    double dfs = Double.NaN;
    double crit;
    double qe;
    double qep;
    double i2;
    double h2;
    double qm = Double.NaN;
    double qmp = Double.NaN;
    double logLik;
    double[] weights;
  }

  static double[][] interceptOnly(int k) {
    double[][] x = new double[k][1];
    for (double[] row : x) {
      row[0] = 1;
    }
    return x;
  }

  static MixedEffectsFit fit(double[] y, double[] v, double[][] x, Tau2Method method, boolean knapp,
      double level) {
    int k = y.length;
    int p = x[0].length;
    Builder b = new Builder();
    b.k = k;
    b.p = p;
    b.method = method;
    b.knapp = knapp;
    double[] tau2AndSe = method == Tau2Method.FE ? new double[] {0, Double.NaN} : estimateTau2(y, v, x, method);
    double tau2 = tau2AndSe[0];
    b.tau2 = tau2;
    b.tau2Se = tau2AndSe[1];

    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    b.weights = w;
    double[][] vb = WeightedLeastSquares.inverseCrossProduct(x, w);
    double[] beta = WeightedLeastSquares.coefficients(x, w, y, vb);
    double rss = 0;
    for (int i = 0; i < k; i++) {
      double r = y[i] - fitted(x[i], beta);
      rss += w[i] * r * r;
    }
    if (knapp) {
      // rma.uni.r: s2w = RSS.knha/(k-p), 0 if RSS <= eps; not truncated at 1 (that is test = "adhoc").
      double s2w = rss <= Math.ulp(1.0) ? 0 : rss / (k - p);
      for (double[] row : vb) {
        for (int c = 0; c < p; c++) {
          row[c] *= s2w;
        }
      }
    }
    b.beta = beta;
    b.vb = vb;
    b.se = new double[p];
    b.stat = new double[p];
    b.pval = new double[p];
    b.lower = new double[p];
    b.upper = new double[p];
    double alpha = 1 - level;
    TDistribution t = null;
    if (knapp) {
      b.dfs = k - p;
      if (k - p > 0) {
        t = TDistribution.of(k - p);
        b.crit = t.inverseSurvivalProbability(alpha / 2);
      } else {
        b.crit = Double.NaN;
      }
    } else {
      b.crit = Z.inverseSurvivalProbability(alpha / 2);
    }
    for (int j = 0; j < p; j++) {
      b.se[j] = Math.sqrt(vb[j][j]);
      b.stat[j] = beta[j] / b.se[j];
      if (knapp) {
        b.pval[j] = t == null ? Double.NaN : 2 * t.survivalProbability(Math.abs(b.stat[j]));
      } else {
        b.pval[j] = 2 * Z.survivalProbability(Math.abs(b.stat[j]));
      }
      b.lower[j] = beta[j] - b.crit * b.se[j];
      b.upper[j] = beta[j] + b.crit * b.se[j];
    }
    if (p > 1) {
      // Omnibus test of the moderators (all coefficients but the intercept), rma.uni.r "QM".
      int m = p - 1;
      double[][] sub = new double[m][m];
      for (int r = 0; r < m; r++) {
        for (int c = 0; c < m; c++) {
          sub[r][c] = vb[r + 1][c + 1];
        }
      }
      double[][] inv = WeightedLeastSquares.invertSymmetric(sub);
      double qm = 0;
      for (int r = 0; r < m; r++) {
        for (int c = 0; c < m; c++) {
          qm += beta[r + 1] * inv[r][c] * beta[c + 1];
        }
      }
      if (knapp) {
        qm /= m;
        b.qmp = k - p > 0 ? FDistribution.of(m, k - p).survivalProbability(qm) : Double.NaN;
      } else {
        b.qmp = ChiSquaredDistribution.of(m).survivalProbability(qm);
      }
      b.qm = qm;
    }

    // Heterogeneity: always with FE weights 1/vi (rma.uni.r "Conducting heterogeneity test").
    if (k > p) {
      double[] w0 = new double[k];
      for (int i = 0; i < k; i++) {
        w0[i] = 1 / v[i];
      }
      double[][] pFe = WeightedLeastSquares.projection(x, w0);
      b.qe = Math.max(0, WeightedLeastSquares.quadratic(pFe, y));
      b.qep = ChiSquaredDistribution.of(k - p).survivalProbability(b.qe);
      double vt = (k - p) / WeightedLeastSquares.trace(pFe);
      if (method == Tau2Method.FE) {
        b.i2 = Math.max(0, 100 * (b.qe - (k - p)) / b.qe);
        b.h2 = b.qe / (k - p);
      } else {
        b.i2 = 100 * tau2 / (vt + tau2);
        b.h2 = tau2 / vt + 1;
      }
    } else {
      b.qe = 0;
      b.qep = 1;
      b.i2 = 0;
      b.h2 = 1;
    }

    double sumLog = 0;
    for (int i = 0; i < k; i++) {
      sumLog += Math.log(v[i] + tau2);
    }
    if (method == Tau2Method.REML) {
      // ll.REML with REMLf = TRUE: includes + 1/2 log|X'X|.
      double[] ones = new double[k];
      java.util.Arrays.fill(ones, 1);
      b.logLik = -0.5 * (k - p) * Math.log(2 * Math.PI)
          + 0.5 * WeightedLeastSquares.logDetCrossProduct(x, ones) - 0.5 * sumLog
          - 0.5 * WeightedLeastSquares.logDetCrossProduct(x, w) - 0.5 * rss;
    } else {
      b.logLik = -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * rss;
    }
    return new MixedEffectsFit(b);
  }

  private static double fitted(double[] xi, double[] beta) {
    double s = 0;
    for (int c = 0; c < beta.length; c++) {
      s += xi[c] * beta[c];
    }
    return s;
  }

  /** Generalised Q: Σ residuals² weighted by 1/(vi + τ²) (metafor .QE.func). */
  static double generalisedQ(double[] y, double[] v, double[][] x, double tau2) {
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    double[][] inv = WeightedLeastSquares.inverseCrossProduct(x, w);
    double[] beta = WeightedLeastSquares.coefficients(x, w, y, inv);
    double q = 0;
    for (int i = 0; i < y.length; i++) {
      double r = y[i] - fitted(x[i], beta);
      q += w[i] * r * r;
    }
    return q;
  }

  /** {τ², se(τ²)} by the formulas of rma.uni.r for each estimator; τ² truncated at 0 as metafor. */
  static double[] estimateTau2(double[] y, double[] v, double[][] x, Tau2Method method) {
    int k = y.length;
    int p = x[0].length;
    if (k - p < 1) {
      throw new InvalidStudyException(-1, null, "studies",
          "at least " + (p + 1) + " studies for a random-effects model with " + p
              + " coefficient(s), got " + k);
    }
    double[] w0 = new double[k];
    for (int i = 0; i < k; i++) {
      w0[i] = 1 / v[i];
    }
    switch (method) {
      case DL -> {
        double[][] pm = WeightedLeastSquares.projection(x, w0);
        double rss = WeightedLeastSquares.quadratic(pm, y);
        double trP = WeightedLeastSquares.trace(pm);
        double tau2 = Math.max(0, (rss - (k - p)) / trP);
        double se = Math.sqrt(1 / (trP * trP) * (2 * (k - p) + 4 * tau2 * trP
            + 2 * tau2 * tau2 * WeightedLeastSquares.sumSquares(pm)));
        return new double[] {tau2, se};
      }
      case HS -> {
        double[][] pm = WeightedLeastSquares.projection(x, w0);
        double rss = WeightedLeastSquares.quadratic(pm, y);
        double sw = sum(w0);
        double tau2 = Math.max(0, (rss - k) / sw);
        double se = Math.sqrt(1 / (sw * sw) * (2 * (k - p) + 4 * tau2 * WeightedLeastSquares.trace(pm)
            + 2 * tau2 * tau2 * WeightedLeastSquares.sumSquares(pm)));
        return new double[] {tau2, se};
      }
      case HE -> {
        double[] he = hedges(y, v, x);
        return new double[] {Math.max(0, he[0]), he[1]};
      }
      case SJ -> {
        double mean = sum(y) / k;
        double ss = 0;
        for (double yi : y) {
          ss += (yi - mean) * (yi - mean);
        }
        double tau20 = ss / (k - 1) * (k - 1) / k;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
          w[i] = 1 / (v[i] + tau20);
        }
        double[][] pm = WeightedLeastSquares.projection(x, w);
        double tau2 = Math.max(0, tau20 * WeightedLeastSquares.quadratic(pm, y) / (k - p));
        double pvpv = 0;
        double pvp = 0;
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            double p2 = pm[i][j] * pm[i][j];
            pvpv += p2 * v[i] * v[j];
            pvp += p2 * v[j];
          }
        }
        double se = Math.sqrt(tau20 * tau20 / ((double) (k - p) * (k - p)) * (2 * pvpv + 4 * tau2 * pvp
            + 2 * tau2 * tau2 * WeightedLeastSquares.sumSquares(pm)));
        return new double[] {tau2, se};
      }
      case PM -> {
        double tau2 = pauleMandel(y, v, x);
        return new double[] {tau2, momentSe(v, tau2, k, p)};
      }
      case ML, REML, EB -> {
        return fisherScoring(y, v, x, method);
      }
      default -> throw new IllegalStateException(method.name());
    }
  }

  /** HE: (RSS_OLS − tr(P₀V))/(k − p), P₀ = I − X(X'X)⁻¹X'; {τ² untruncated, se}. */
  private static double[] hedges(double[] y, double[] v, double[][] x) {
    int k = y.length;
    int p = x[0].length;
    double[] ones = new double[k];
    java.util.Arrays.fill(ones, 1);
    double[][] p0 = WeightedLeastSquares.projection(x, ones);
    double rss = WeightedLeastSquares.quadratic(p0, y);
    double trPV = 0;
    double pvpv = 0;
    for (int i = 0; i < k; i++) {
      trPV += p0[i][i] * v[i];
      for (int j = 0; j < k; j++) {
        pvpv += p0[i][j] * p0[i][j] * v[i] * v[j];
      }
    }
    double tau2 = (rss - trPV) / (k - p);
    double t = Math.max(0, tau2);
    double se = Math.sqrt(1 / ((double) (k - p) * (k - p)) * (2 * pvpv + 4 * t * trPV + 2 * t * t * (k - p)));
    return new double[] {tau2, se};
  }

  /** se(τ²) used by metafor for PM and EB: sqrt(2k²/(k−p)/(Σwi)²). */
  private static double momentSe(double[] v, double tau2, int k, int p) {
    double sw = 0;
    for (double vi : v) {
      sw += 1 / (vi + tau2);
    }
    return Math.sqrt(2.0 * k * k / (k - p) / (sw * sw));
  }

  private static double pauleMandel(double[] y, double[] v, double[][] x) {
    int k = y.length;
    int p = x[0].length;
    double target = k - p;
    if (generalisedQ(y, v, x, 0) < target) {
      return 0;
    }
    double hi = 100;
    while (generalisedQ(y, v, x, hi) > target) {
      hi *= 10;
      if (hi > 1e12) {
        throw new IllegalStateException("Paule-Mandel: no root of Q(tau2) = k - p below 1e12");
      }
    }
    return RootFinder.brent(t -> generalisedQ(y, v, x, t) - target, 0, hi, ROOT_TOL);
  }

  /** ML / REML / EB by Fisher scoring from max(0, HE), with step halving, as rma.uni.r. */
  private static double[] fisherScoring(double[] y, double[] v, double[][] x, Tau2Method method) {
    int k = y.length;
    int p = x[0].length;
    double tau2 = Math.max(0, hedges(y, v, x)[0]);
    double change = Double.POSITIVE_INFINITY;
    int iter = 0;
    double[] w = new double[k];
    double[][] pm = null;
    while (change > THRESHOLD) {
      if (++iter > MAX_ITER) {
        // metafor stops with the same error (it also oscillates on such data; its remedy is stepadj).
        throw new IllegalStateException("Fisher scoring algorithm did not converge for " + method
            + " after " + MAX_ITER + " iterations (last tau2 = " + tau2 + ", change = " + change
            + "); try another tau2 estimator");
      }
      double old = tau2;
      for (int i = 0; i < k; i++) {
        w[i] = 1 / (v[i] + tau2);
      }
      pm = WeightedLeastSquares.projection(x, w);
      double adj;
      if (method == Tau2Method.EB) {
        adj = (WeightedLeastSquares.quadratic(pm, y) * k / (k - p) - k) / sum(w);
      } else {
        double[] py = multiply(pm, y);
        double ypp = 0;
        for (double z : py) {
          ypp += z * z;
        }
        if (method == Tau2Method.ML) {
          double sw2 = 0;
          for (double wi : w) {
            sw2 += wi * wi;
          }
          adj = (ypp - sum(w)) / sw2;
        } else {
          adj = (ypp - WeightedLeastSquares.trace(pm)) / WeightedLeastSquares.sumSquares(pm);
        }
      }
      if (Double.isNaN(adj)) {
        adj = 0;
      }
      while (tau2 + adj < 0) {
        adj /= 2;
      }
      tau2 += adj;
      change = Math.abs(old - tau2);
    }
    if (method != Tau2Method.EB && tau2 > THRESHOLD) {
      // rma.uni.r ll0check: if the likelihood at tau2 = 0 is higher, scoring got stuck; use 0.
      double ll0 = profileLogLik(y, v, x, 0, method);
      double ll = profileLogLik(y, v, x, tau2, method);
      if (ll0 - ll > ROOT_TOL) {
        tau2 = 0;
      }
    }
    tau2 = Math.max(0, tau2);
    for (int i = 0; i < k; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    pm = WeightedLeastSquares.projection(x, w);
    double se = switch (method) {
      case ML -> {
        double sw2 = 0;
        for (double wi : w) {
          sw2 += wi * wi;
        }
        yield Math.sqrt(2 / sw2);
      }
      case REML -> Math.sqrt(2 / WeightedLeastSquares.sumSquares(pm));
      default -> momentSe(v, tau2, k, p);
    };
    return new double[] {tau2, se};
  }

  private static double profileLogLik(double[] y, double[] v, double[][] x, double tau2, Tau2Method method) {
    int k = y.length;
    int p = x[0].length;
    double[] w = new double[k];
    double sumLog = 0;
    for (int i = 0; i < k; i++) {
      w[i] = 1 / (v[i] + tau2);
      sumLog += Math.log(v[i] + tau2);
    }
    double rss = generalisedQ(y, v, x, tau2);
    if (method == Tau2Method.ML) {
      return -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * rss;
    }
    return -0.5 * (k - p) * Math.log(2 * Math.PI) - 0.5 * sumLog
        - 0.5 * WeightedLeastSquares.logDetCrossProduct(x, w) - 0.5 * rss;
  }

  private static double[] multiply(double[][] m, double[] y) {
    double[] r = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      double s = 0;
      for (int j = 0; j < y.length; j++) {
        s += m[i][j] * y[j];
      }
      r[i] = s;
    }
    return r;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double d : a) {
      s += d;
    }
    return s;
  }

  /**
   * Q-profile CI for τ² (R/confint.rma.uni.r): τ² where the generalised Q equals the upper and lower
   * χ²(k − p) quantiles; 0 when Q(0) is already below the quantile. Returns {lower, upper}.
   */
  static double[] qProfile(double[] y, double[] v, double[][] x, double tau2, double level) {
    int k = y.length;
    int p = x[0].length;
    ChiSquaredDistribution chi = ChiSquaredDistribution.of(k - p);
    double alpha = 1 - level;
    double critU = chi.inverseSurvivalProbability(alpha / 2);
    double critL = chi.inverseCumulativeProbability(alpha / 2);
    double max = Math.max(100, tau2 * 10);
    double q0 = generalisedQ(y, v, x, 0);
    double qMax = generalisedQ(y, v, x, max);
    double lb;
    double ub;
    if (q0 < critL) {
      return new double[] {0, 0};
    }
    ub = qMax > critL ? max
        : RootFinder.brent(t -> generalisedQ(y, v, x, t) - critL, 0, max, ROOT_TOL);
    if (qMax > critU) {
      lb = max;
    } else if (q0 < critU) {
      lb = 0;
    } else {
      lb = RootFinder.brent(t -> generalisedQ(y, v, x, t) - critU, 0, max, ROOT_TOL);
    }
    return new double[] {lb, ub};
  }
}
