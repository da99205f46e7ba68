package org.psmapathway.stats.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Logistic regression by iteratively reweighted least squares, step for step as R's
 * {@code glm.fit} with {@code family = binomial(link = "logit")} and {@code glm.control()} defaults
 * (R: src/library/stats/R/glm.R; family functions in src/library/stats/src/family.c):
 *
 * <ul>
 *   <li>start: μ = (y + 0.5) / 2 (binomial {@code initialize}), η = logit(μ);
 *   <li>each iteration: z = η + (y − μ)/μ'(η), w = sqrt(μ'(η)² / (μ(1 − μ))), weighted least squares
 *       by R's pivoted QR ({@code Cdqrls}) with tol = min(1e-7, ε/1000) = 1e-11;
 *   <li>stop when |dev − dev_old| / (|dev| + 0.1) &lt; ε = 1e-8, at most 25 iterations;
 *   <li>standard errors from the QR of the last iteration ({@code summary.glm}: chol2inv of R),
 *       dispersion 1, z tests, Wald intervals as {@code confint.default}.
 * </ul>
 *
 * <p>The design is given already built (numeric columns and their names); categorical coding and
 * interactions belong to the model-building step. Only 0/1 outcomes with unit weights are taken.
 */
public final class Logistic {
  /** glm.control(): epsilon. */
  static final double EPSILON = 1e-8;
  /** glm.control(): maxit. */
  static final int MAX_ITERATIONS = 25;
  private static final double DBL_EPSILON = Math.ulp(1.0);
  /** family.c: THRESH, MTHRESH, INVEPS of the logit link. */
  private static final double THRESH = 30;
  private static final double MTHRESH = -30;
  private static final double INVEPS = 1 / DBL_EPSILON;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  static final String WARN_NOT_CONVERGED = "glm.fit: algorithm did not converge";
  static final String WARN_FITTED_0_1 = "glm.fit: fitted probabilities numerically 0 or 1 occurred";

  private Logistic() {}

  /** Fit with 95% Wald intervals. */
  public static LogisticFit fit(
      double[] outcome, double[][] columns, List<String> terms, boolean intercept) {
    return fit(outcome, columns, terms, intercept, 0.95);
  }

  /**
   * @param outcome 0 or 1 per row; NaN = missing (the row is dropped and counted)
   * @param columns design columns without the intercept, each as long as {@code outcome}; NaN =
   *     missing (row dropped)
   * @param terms one name per column
   * @param intercept prepend an intercept column named "(Intercept)"
   * @param confidenceLevel level of the Wald interval of the odds ratios, in (0, 1)
   * @throws IllegalArgumentException naming the argument and row when lengths differ, an outcome is
   *     not 0/1, a covariate is infinite, the outcome does not vary, or there are fewer rows than
   *     the rank of the design
   */
  public static LogisticFit fit(double[] outcome, double[][] columns, List<String> terms,
      boolean intercept, double confidenceLevel) {
    if (terms.size() != columns.length) {
      throw new IllegalArgumentException("terms: expected one name per column (" + columns.length
          + "), got " + terms.size());
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel: expected a value in (0, 1), got " + confidenceLevel);
    }
    int rows = outcome.length;
    for (int j = 0; j < columns.length; j++) {
      if (columns[j].length != rows) {
        throw new IllegalArgumentException("columns[" + j + "] (" + terms.get(j) + "): expected "
            + rows + " rows like the outcome, got " + columns[j].length);
      }
    }
    if (columns.length == 0 && !intercept) {
      throw new IllegalArgumentException("columns: expected at least one column or an intercept");
    }
    // Complete cases, as R's default na.action = na.omit.
    boolean[] keep = new boolean[rows];
    int n = 0;
    int ones = 0;
    for (int i = 0; i < rows; i++) {
      boolean complete = !Double.isNaN(outcome[i]);
      for (int j = 0; j < columns.length && complete; j++) {
        double v = columns[j][i];
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("columns[" + j + "][" + i + "] (" + terms.get(j)
              + "): expected a finite number or NaN for missing, got " + v);
        }
        complete = !Double.isNaN(v);
      }
      if (complete && outcome[i] != 0 && outcome[i] != 1) {
        throw new IllegalArgumentException(
            "outcome[" + i + "]: expected 0 or 1 (or NaN for missing), got " + outcome[i]);
      }
      keep[i] = complete;
      if (complete) {
        n++;
        ones += outcome[i] == 1 ? 1 : 0;
      }
    }
    if (ones == 0 || ones == n) {
      throw new IllegalArgumentException("outcome: expected both 0 and 1 among the " + n
          + " complete rows, got " + (n == 0 ? "none" : "only " + (ones == 0 ? 0 : 1)));
    }
    int p = columns.length + (intercept ? 1 : 0);
    double[][] x = new double[p][n];
    double[] y = new double[n];
    List<String> names = new ArrayList<>(p);
    if (intercept) {
      java.util.Arrays.fill(x[0], 1.0);
      names.add("(Intercept)");
    }
    names.addAll(terms);
    for (int i = 0, r = 0; i < rows; i++) {
      if (!keep[i]) {
        continue;
      }
      y[r] = outcome[i];
      for (int j = 0; j < columns.length; j++) {
        x[j + (intercept ? 1 : 0)][r] = columns[j][i];
      }
      r++;
    }
    return irls(y, x, names, intercept, confidenceLevel, rows - n);
  }

  private static LogisticFit irls(double[] y, double[][] x, List<String> names, boolean intercept,
      double confidenceLevel, int dropped) {
    int n = y.length;
    int p = x.length;
    double[] eta = new double[n];
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = (y[i] + 0.5) / 2; // binomial()$initialize with unit weights
      eta[i] = Math.log(mu[i] / (1 - mu[i]));
    }
    double devOld = deviance(y, mu);
    double dev = devOld;
    boolean converged = false;
    double[] start = new double[p];
    PivotedQr qr = null;
    double[] z = new double[n];
    double[][] wx = new double[p][n];
    int iteration = 0;
    while (iteration < MAX_ITERATIONS) {
      iteration++;
      for (int i = 0; i < n; i++) {
        double muEta = muEta(eta[i]);
        double variance = mu[i] * (1 - mu[i]);
        double w = Math.sqrt(muEta * muEta / variance);
        z[i] = (eta[i] + (y[i] - mu[i]) / muEta) * w;
        for (int j = 0; j < p; j++) {
          wx[j][i] = x[j][i] * w;
        }
      }
      qr = new PivotedQr(wx, Math.min(1e-7, EPSILON / 1000));
      if (n < qr.rank) {
        throw new IllegalArgumentException("columns: design has rank " + qr.rank + " but only "
            + n + " complete rows");
      }
      double[] b = qr.solve(z);
      for (int j = 0; j < p; j++) {
        if (!Double.isFinite(b[j])) {
          // glm.fit: "non-finite coefficients at iteration"; R stops iterating here.
          throw new IllegalArgumentException("columns: non-finite coefficients at iteration "
              + iteration + "; the design is numerically singular");
        }
        start[qr.pivot[j]] = b[j];
      }
      for (int i = 0; i < n; i++) {
        double e = 0;
        for (int j = 0; j < p; j++) {
          e += x[j][i] * start[j];
        }
        eta[i] = e;
        mu[i] = linkInverse(e);
      }
      // The logit link keeps μ strictly inside (0, 1), so the deviance is finite and glm.fit's
      // step-halving branches never trigger for this family.
      dev = deviance(y, mu);
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devOld = dev;
    }
    List<String> warnings = new ArrayList<>();
    if (!converged) {
      warnings.add(WARN_NOT_CONVERGED);
    }
    double eps = 10 * DBL_EPSILON;
    boolean boundary = false;
    for (double m : mu) {
      boundary |= m > 1 - eps || m < eps;
    }
    if (boundary) {
      warnings.add(WARN_FITTED_0_1);
    }
    double meanY = 0;
    for (double v : y) {
      meanY += v;
    }
    meanY /= n;
    double nullMu = intercept ? meanY : linkInverse(0);
    double nullDeviance = 0;
    double logLikelihood = 0;
    for (int i = 0; i < n; i++) {
      nullDeviance += unitDeviance(y[i], nullMu);
      // binomial()$aic: -2 * sum(dbinom(y, 1, mu, log = TRUE))
      logLikelihood += y[i] == 1 ? Math.log(mu[i]) : Math.log(1 - mu[i]);
    }
    int rank = qr.rank;
    double aic = -2 * logLikelihood + 2 * rank;
    double[][] covariance = qr.unscaledCovariance();
    double quantile = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    LogisticCoefficient[] rowsOut = new LogisticCoefficient[p];
    for (int j = 0; j < p; j++) {
      int column = qr.pivot[j];
      if (j >= rank) {
        rowsOut[column] = new LogisticCoefficient(names.get(column), Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
        continue;
      }
      double coef = start[column];
      double se = Math.sqrt(covariance[j][j]);
      double zValue = coef / se;
      double pValue = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(zValue));
      rowsOut[column] = new LogisticCoefficient(names.get(column), coef, se, zValue, pValue,
          Math.exp(coef), Math.exp(coef - quantile * se), Math.exp(coef + quantile * se), false);
    }
    return new LogisticFit(List.of(rowsOut), n, dropped, rank, nullDeviance, dev,
        n - (intercept ? 1 : 0), n - rank, aic, iteration, converged, boundary, warnings);
  }

  /** family.c logit_linkinv: exp clamped to [DBL_EPSILON, 1/DBL_EPSILON], then x / (1 + x). */
  static double linkInverse(double eta) {
    double t = eta < MTHRESH ? DBL_EPSILON : eta > THRESH ? INVEPS : Math.exp(eta);
    return t / (1 + t);
  }

  /** family.c logit_mu_eta: dμ/dη, DBL_EPSILON outside |η| ≤ 30. */
  static double muEta(double eta) {
    if (eta > THRESH || eta < MTHRESH) {
      return DBL_EPSILON;
    }
    double opexp = 1 + Math.exp(eta);
    return Math.exp(eta) / (opexp * opexp);
  }

  private static double deviance(double[] y, double[] mu) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += unitDeviance(y[i], mu[i]);
    }
    return sum;
  }

  /** family.c binomial_dev_resids: 2 (y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))), 0 log 0 = 0. */
  private static double unitDeviance(double y, double mu) {
    return 2 * (y == 1 ? Math.log(1 / mu) : Math.log(1 / (1 - mu)));
  }
}
