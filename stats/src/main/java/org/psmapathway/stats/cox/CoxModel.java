package org.psmapathway.stats.cox;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.psmapathway.stats.model.DesignMatrix;
import org.psmapathway.stats.model.Formula;
import org.psmapathway.stats.model.GeneralizedCholesky;
import org.psmapathway.stats.model.ModelData;
import org.psmapathway.stats.survival.RightCensoredData;
import org.psmapathway.stats.survival.StatusCoding;

/**
 * Cox proportional hazards regression as R's {@code survival::coxph} (R/coxph.R, R/coxph.fit.R,
 * src/coxfit6.c) computes it for right-censored data: Efron or Breslow ties, strata, Newton–Raphson on
 * centred and scaled covariates, collinear columns reported as NA via the generalized Cholesky, LR /
 * Wald / score tests, robust variance from dfbeta residuals (optionally clustered), Harrell's
 * concordance, and {@code cox.zph}. Case weights, offsets, counting-process data and exact ties are not
 * supported.
 */
public final class CoxModel {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  private final CoxFit result;
  private final DesignMatrix design;
  private final CoxData data;
  private final double[] time;
  private final boolean[] event;
  private final int[] strata;
  private final double[] linearPredictors;

  private CoxModel(CoxFit result, DesignMatrix design, CoxData data, double[] time, boolean[] event, int[] strata,
           double[] linearPredictors) {
    this.result = result;
    this.design = design;
    this.data = data;
    this.time = time;
    this.event = event;
    this.strata = strata;
    this.linearPredictors = linearPredictors;
  }

  /**
   * Fits {@code coxph(Surv(time, status) ~ formula + strata(s) + cluster(c), data)}. Rows with a missing
   * value in any used column are dropped and counted.
   */
  public static CoxModel fit(ModelData data, CoxSpec spec, CoxOptions options) {
    DesignMatrix x = DesignMatrix.build(data, Formula.parse(spec.formula()), spec.time(), spec.status(),
        spec.strata(), spec.cluster());
    int[] rows = x.sourceRows();
    double[] t = pick(data.numeric(spec.time()), rows);
    double[] s = pick(data.numeric(spec.status()), rows);
    int[] strata = spec.strata() == null ? null : Codes.of(data, spec.strata(), rows);
    int[] cluster = spec.cluster() == null ? null : Codes.of(data, spec.cluster(), rows);
    return fit(t, s, x, strata, cluster, spec.time(), spec.status(), options);
  }

  /**
   * Fits on arrays aligned with the rows of {@code x} (no missing values).
   *
   * @param strata  stratum code (≥ 0) per row, or null
   * @param cluster cluster code (≥ 0) per row, or null
   */
  public static CoxModel fit(double[] time, double[] status, DesignMatrix x, int[] strata, int[] cluster,
                CoxOptions options) {
    return fit(time, status, x, strata, cluster, "time", "status", options);
  }

  private static CoxModel fit(double[] time, double[] status, DesignMatrix x, int[] strata, int[] cluster,
                String timeName, String statusName, CoxOptions o) {
    int n = x.rows();
    if (time.length != n || status.length != n || (strata != null && strata.length != n)
        || (cluster != null && cluster.length != n)) {
      throw new IllegalArgumentException("time, status, strata, cluster: expected " + n + " rows each");
    }
    if (n == 0) {
      throw new IllegalArgumentException("data: no rows left after dropping " + x.dropped() + " with missing values");
    }
    // Surv(time, status) as R checks it, with the survival package's rules and row naming
    RightCensoredData.checkTimes(time, i -> "column '" + timeName + "' row " + i);
    checkCodes(strata, "strata");
    checkCodes(cluster, "cluster");
    int[] coded = StatusCoding.toEventIndicator(status, i -> "column '" + statusName + "' row " + i);
    boolean[] event = new boolean[n];
    for (int i = 0; i < n; i++) {
      event[i] = coded[i] == 1;
    }
    int p = x.columns();
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      cols[j] = x.column(j);
    }
    CoxData d = CoxData.of(time, event, cols, strata);
    PartialLikelihood pl = new PartialLikelihood(d, o.ties());
    NewtonRaphson.Outcome fit = NewtonRaphson.fit(d, pl, o);

    double[] beta = fit.beta();
    double[][] var = fit.var();
    boolean[] na = new boolean[p];
    if (fit.flag() < p) { // coxph.fit: which.sing <- diag(var) == 0
      for (int j = 0; j < p; j++) {
        na[j] = var[j][j] == 0;
      }
    }
    List<String> warnings = new ArrayList<>();
    if (o.iterMax() > 1) {
      if (!fit.converged()) {
        warnings.add("Ran out of iterations and did not converge");
      } else {
        // coxph.fit: infs <- abs(u %*% var); flagged when > eps and > toler.inf * |coef|
        List<Integer> inf = new ArrayList<>();
        for (int j = 0; j < p; j++) {
          double s = 0;
          for (int k = 0; k < p; k++) {
            s += fit.u()[k] * var[k][j];
          }
          s = Math.abs(s);
          if (s > o.eps() && s > o.tolerInf() * Math.abs(beta[j])) {
            inf.add(j + 1);
          }
        }
        if (!inf.isEmpty()) {
          warnings.add("Loglik converged before variable " + String.join(",", inf.stream().map(String::valueOf).toList())
              + "; coefficient may be infinite.");
        }
      }
    }

    // linear predictor, centred as R's fit$linear.predictors (design-matrix row order)
    double[] lp = new double[n];
    double centre = 0;
    for (int j = 0; j < p; j++) {
      centre += beta[j] * d.means[j];
    }
    for (int j = 0; j < p; j++) {
      double b = beta[j];
      double[] c = cols[j];
      for (int i = 0; i < n; i++) {
        lp[i] += b * c[i];
      }
    }
    for (int i = 0; i < n; i++) {
      lp[i] -= centre;
    }

    double[][] rvar = RobustVariance.compute(d, beta, var, o.ties() == Ties.EFRON, cluster);

    int df = 0;
    for (boolean b : na) {
      if (!b) {
        df++;
      }
    }
    double[][] inferenceVar = o.robust() ? rvar : var;
    double q = NORMAL.inverseCumulativeProbability(1 - (1 - o.confLevel()) / 2);
    List<Coefficient> coefs = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      String term = x.names().get(j);
      if (na[j]) {
        coefs.add(new Coefficient(term, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN));
        continue;
      }
      double se = Math.sqrt(var[j][j]);
      double rse = Math.sqrt(rvar[j][j]);
      double useSe = o.robust() ? rse : se;
      double z = beta[j] / useSe;
      coefs.add(new Coefficient(term, beta[j], se, rse, Math.exp(beta[j]), Math.exp(beta[j] - q * useSe),
          Math.exp(beta[j] + q * useSe), z, 2 * NORMAL.survivalProbability(Math.abs(z))));
    }
    double lr = 2 * (fit.loglik() - fit.loglikNull());
    TestStatistic wald = waldTest(beta, inferenceVar, na, o.tolerChol());
    CoxTests tests = new CoxTests(TestStatistic.chiSquared(lr, df), wald, TestStatistic.chiSquared(fit.scoreTest(), df));
    Concordance conc = HarrellConcordance.compute(time, event, lp, strata, cluster, true);
    CoxFit result = new CoxFit(n, d.events(), x.dropped(), fit.iterations(), fit.converged(), o.ties(), d.nStrata,
        coefs, new double[] {fit.loglikNull(), fit.loglik()}, tests, conc, var, rvar, d.means.clone(), warnings);
    return new CoxModel(result, x, d, time, event, strata, lp);
  }

  /** coxph.wtest: β' V⁻ β with the generalized Cholesky of V over the non-NA coefficients. */
  private static TestStatistic waldTest(double[] beta, double[][] var, boolean[] na, double toler) {
    int k = 0;
    for (boolean b : na) {
      if (!b) {
        k++;
      }
    }
    double[][] v = new double[k][k];
    double[] b = new double[k];
    for (int i = 0, ii = 0; i < beta.length; i++) {
      if (na[i]) {
        continue;
      }
      b[ii] = beta[i];
      for (int j = 0, jj = 0; j < beta.length; j++) {
        if (!na[j]) {
          v[ii][jj++] = var[i][j];
        }
      }
      ii++;
    }
    GeneralizedCholesky chol = GeneralizedCholesky.decompose(v, toler);
    double[] s = b.clone();
    chol.solveInPlace(s);
    double test = 0;
    for (int i = 0; i < k; i++) {
      test += b[i] * s[i];
    }
    return TestStatistic.chiSquared(test, chol.rank());
  }

  private static void checkCodes(int[] codes, String name) {
    if (codes == null) {
      return;
    }
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < 0) {
        throw new IllegalArgumentException(name + " row " + i + ": expected a code >= 0, got " + codes[i]);
      }
    }
  }

  private static double[] pick(double[] v, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }

  public CoxFit result() {
    return result;
  }

  /** The design matrix the model was fitted on. */
  public DesignMatrix design() {
    return design;
  }

  /** Linear predictors x·β − Σ β·means for the used rows, in design-matrix row order. */
  public double[] linearPredictors() {
    return linearPredictors.clone();
  }

  /** The Schoenfeld-residual test of proportional hazards, {@code cox.zph(fit, transform = "km")}. */
  public CoxZph.Result proportionalHazardsTest() {
    return CoxZph.test(this);
  }

  /** print.coxph-like text. */
  public String summaryText() {
    return CoxSummaryText.render(result);
  }

  double[] time() {
    return time;
  }

  boolean[] event() {
    return event;
  }

  int[] strata() {
    return strata;
  }

  CoxData data() {
    return data;
  }
}
