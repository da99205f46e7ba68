package org.psmapathway.stats.cox;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.psmapathway.stats.model.DesignMatrix;
import org.psmapathway.stats.model.Formula;
import org.psmapathway.stats.model.ModelData;
import org.psmapathway.stats.sort.SortOrder;
import org.psmapathway.stats.survival.RightCensoredData;

/**
 * Fine–Gray proportional subdistribution hazards regression as {@code cmprsk::crr} computes it
 * (R/crr.R; Fortran crrfsv, crrf, crrvv in src/crr.f), one censoring group, no time-varying covariates:
 * subjects failing from a competing cause stay in the risk set weighted by G(t−)/G(t_i−), G the
 * Kaplan–Meier estimate of the censoring distribution; Newton–Raphson with crr's backtracking line
 * search and gradient convergence rule (gtol 1e-6, maxiter 10); the variance is crr's sandwich
 * h⁻¹ (Σ (η_i + ψ_i)(η_i + ψ_i)') h⁻¹ including the censoring-estimation term ψ. crr's nested loops
 * are O(n²)–O(n³); here every sum over a risk set is a running sum, O(n·p²) per iteration.
 */
public final class FineGray {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
  private static final double GTOL = 1e-6;
  private static final int MAXITER = 10;

  private FineGray() {
  }

  /**
   * {@code crr(time, status, cov1 = model.matrix(formula), failcode, cencode)}.
   *
   * @param status     numeric or categorical column of causes
   * @param failCode   value of {@code status} for the cause of interest (e.g. "pcm" or "1")
   * @param censorCode value of {@code status} for censoring (e.g. "censor" or "0")
   * @param confLevel  level of the hazard-ratio confidence intervals (summary.crr: 0.95)
   */
  public static FineGrayFit fit(ModelData data, String time, String status, String formula, String failCode,
                 String censorCode, double confLevel) {
    if (!(confLevel > 0 && confLevel < 1)) {
      throw new IllegalArgumentException("confLevel: expected a value in (0, 1), got " + confLevel);
    }
    DesignMatrix x = DesignMatrix.build(data, Formula.parse(formula), time, status);
    int[] rows = x.sourceRows();
    int n = rows.length;
    double[] t = new double[n];
    int[] cause = new int[n]; // 1 = cause of interest, 2 = competing, 0 = censored (crr's fstatus)
    double[] tv = data.numeric(time);
    Object sc = data.column(status);
    boolean failSeen = false;
    for (int i = 0; i < n; i++) {
      t[i] = tv[rows[i]];
      if (sc instanceof ModelData.Numeric num) {
        cause[i] = codeOf(num.values()[rows[i]], failCode, censorCode, status);
      } else {
        String s = ((ModelData.Categorical) sc).values()[rows[i]];
        cause[i] = s.equals(censorCode) ? 0 : s.equals(failCode) ? 1 : 2;
      }
      failSeen |= cause[i] == 1;
    }
    if (!failSeen) {
      throw new IllegalArgumentException("column '" + status + "': no row has the cause of interest '" + failCode + "'");
    }
    RightCensoredData.checkTimes(t, i -> "column '" + time + "' row " + i);
    return fit(t, cause, x, confLevel);
  }

  private static int codeOf(double v, String failCode, String censorCode, String column) {
    double fail;
    double cens;
    try {
      fail = Double.parseDouble(failCode);
      cens = Double.parseDouble(censorCode);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("failCode, censorCode: expected numbers for numeric column '" + column
          + "', got '" + failCode + "', '" + censorCode + "'");
    }
    return v == cens ? 0 : v == fail ? 1 : 2;
  }

  /**
   * @param cause 1 = cause of interest, 2 = competing cause, 0 = censored; aligned with the rows of x
   */
  public static FineGrayFit fit(double[] time, int[] cause, DesignMatrix x, double confLevel) {
    int n = time.length;
    int p = x.columns();
    // crr: d <- d[order(d$ftime), ] (stable)
    int[] ord = SortOrder.ascending(time);
    double[] t = new double[n];
    int[] ici = new int[n];
    double[] xs = new double[n * p];
    for (int j = 0; j < p; j++) {
      double[] c = x.column(j);
      // centring changes neither β nor the pseudo-likelihood (the Σ d·log S0 and −Σ η terms shift equally)
      double mean = 0;
      for (double v : c) {
        mean += v;
      }
      mean /= n;
      for (int i = 0; i < n; i++) {
        xs[i * p + j] = c[ord[i]] - mean;
      }
    }
    for (int i = 0; i < n; i++) {
      t[i] = time[ord[i]];
      ici[i] = cause[ord[i]];
      if (ici[i] < 0 || ici[i] > 2) {
        throw new IllegalArgumentException("cause row " + ord[i] + ": expected 0, 1 or 2, got " + ici[i]);
      }
    }
    SubdistributionLikelihood lik = new SubdistributionLikelihood(t, ici, xs, p, censoringBefore(t, ici));

    double[] b = new double[p];
    double[] s = new double[p];
    double[][] v = new double[p][p];
    boolean converged = false;
    int iterations = 0;
    for (int ll = 0; ll <= MAXITER; ll++) {
      double f = lik.evaluate(b, s, v);
      double gmax = 0;
      for (int j = 0; j < p; j++) {
        gmax = Math.max(gmax, Math.abs(s[j]) * Math.max(Math.abs(b[j]), 1));
      }
      if (gmax < Math.max(Math.abs(f), 1) * GTOL) {
        converged = true;
        break;
      }
      if (ll == MAXITER) {
        break;
      }
      double[] step = DenseSolve.solve(v, s, "Fine-Gray information matrix");
      double slope = 0;
      for (int j = 0; j < p; j++) {
        step[j] = -step[j];
        slope += step[j] * s[j];
      }
      double[] bn = add(b, step);
      double fbn = lik.evaluate(bn, null, null);
      int halvings = 0;
      while (Double.isNaN(fbn) || fbn > f + 1e-4 * slope) {
        halvings++;
        slope *= 0.5;
        for (int j = 0; j < p; j++) {
          step[j] *= 0.5;
        }
        bn = add(b, step);
        fbn = lik.evaluate(bn, null, null);
        if (halvings > 20) {
          break;
        }
      }
      if (halvings > 20) {
        break;
      }
      b = bn;
      iterations = ll + 1;
    }
    double[][] var = lik.sandwich(b);
    double fitted = -lik.evaluate(b, null, null);
    double nullLik = -lik.evaluate(new double[p], null, null);

    double q = NORMAL.inverseCumulativeProbability(1 - (1 - confLevel) / 2);
    List<Coefficient> coefs = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double se = Math.sqrt(var[j][j]);
      double z = b[j] / se;
      coefs.add(new Coefficient(x.names().get(j), b[j], se, se, Math.exp(b[j]), Math.exp(b[j] - q * se),
          Math.exp(b[j] + q * se), z, 2 * NORMAL.survivalProbability(Math.abs(z))));
    }
    int events = 0;
    int competing = 0;
    for (int c : ici) {
      events += c == 1 ? 1 : 0;
      competing += c == 2 ? 1 : 0;
    }
    List<String> warnings = converged ? List.of() : List.of("FAILED TO CONVERGE");
    return new FineGrayFit(n, events, competing, x.dropped(), iterations, converged, coefs,
        new double[] {nullLik, fitted}, var, warnings);
  }

  private static double[] add(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  /**
   * G(t_i−) for every sorted row: the Kaplan–Meier estimate of the censoring distribution (censoring as
   * the event) just before t_i. crr evaluates it with approx(..., xout = ftime·(1 − 100·eps),
   * method = "constant"), i.e. the value at the last distinct time ≤ that point.
   */
  static double[] censoringBefore(double[] t, int[] ici) {
    int n = t.length;
    List<double[]> steps = new ArrayList<>(); // {time, G(time)}
    double g = 1;
    for (int i = 0; i < n; ) {
      int j = i;
      int cens = 0;
      for (; j < n && t[j] == t[i]; j++) {
        cens += ici[j] == 0 ? 1 : 0;
      }
      g *= 1 - (double) cens / (n - i);
      steps.add(new double[] {t[i], g});
      i = j;
    }
    double[] out = new double[n];
    double eps = Math.ulp(1.0);
    for (int i = 0; i < n; i++) {
      double xout = t[i] * (1 - 100 * eps);
      int lo = 0;
      int hi = steps.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (steps.get(mid)[0] <= xout) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      out[i] = found < 0 ? 1 : steps.get(found)[1];
    }
    return out;
  }
}
