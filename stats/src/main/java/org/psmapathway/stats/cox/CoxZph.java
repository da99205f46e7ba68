package org.psmapathway.stats.cox;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.stats.model.DesignMatrix;
import org.psmapathway.stats.sort.SortOrder;

/**
 * The test of proportional hazards of survival ≥ 3's {@code cox.zph(fit, transform = "km")}
 * (R/cox.zph.R, src/zph1.c): a score test, at β̂, of adding g(t)·x for every covariate, with
 * g(t) = 1 − KM(t−) centred over the events. Per term (all columns of a categorical term together) and
 * GLOBAL, each as U' I⁻¹ U with the full 2p × 2p information matrix.
 */
public final class CoxZph {

  /** One line of the cox.zph table. */
  public record Row(String term, double chisq, int df, double p) {
  }

  /** The table: one row per term, then GLOBAL. */
  public record Result(String transform, List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    public Row row(String term) {
      return rows.stream().filter(r -> r.term().equals(term)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("term '" + term + "': not in the cox.zph table"));
    }
  }

  private CoxZph() {
  }

  static Result test(CoxModel model) {
    CoxFit fit = model.result();
    DesignMatrix design = model.design();
    double[] time = model.time();
    boolean[] event = model.event();
    int[] strata = model.strata();
    double[] eta = model.linearPredictors();
    int n = time.length;

    // columns with a coefficient (cox.zph drops NA ones) and the terms that keep at least one
    List<Integer> keep = new ArrayList<>();
    for (int j = 0; j < design.columns(); j++) {
      if (!Double.isNaN(fit.coefficients().get(j).coef())) {
        keep.add(j);
      }
    }
    int p = keep.size();
    List<String> termNames = new ArrayList<>();
    List<int[]> termCols = new ArrayList<>();
    for (int t = 0; t < design.terms().size(); t++) {
      List<Integer> cols = new ArrayList<>();
      for (int c : design.termColumns(t)) {
        int k = keep.indexOf(c);
        if (k >= 0) {
          cols.add(k);
        }
      }
      if (!cols.isEmpty()) {
        termNames.add(design.terms().get(t).label());
        termCols.add(cols.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    if (fit.events() == 0 || p == 0) {
      throw new IllegalArgumentException("model: cox.zph needs events and at least one coefficient");
    }

    double[] g = kmTransform(time, event);
    double[] x = new double[n * p]; // recentred by the plain mean, as zph1.c does
    for (int k = 0; k < p; k++) {
      double[] c = design.column(keep.get(k));
      double mean = 0;
      for (double v : c) {
        mean += v;
      }
      mean /= n;
      for (int i = 0; i < n; i++) {
        x[i * p + k] = c[i] - mean;
      }
    }
    int[] ord = SortOrder.byStrataThenTime(time, strata);
    double[] u = new double[2 * p];
    double[][] imat = new double[2 * p][2 * p];
    accumulate(ord, time, event, strata, eta, g, x, p, fit.ties() == Ties.EFRON, u, imat);

    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < termNames.size(); t++) {
      int[] jj = termCols.get(t);
      int[] kk = new int[p + jj.length];
      for (int i = 0; i < p; i++) {
        kk[i] = i;
      }
      for (int i = 0; i < jj.length; i++) {
        kk[p + i] = jj[i] + p;
      }
      double stat = quadratic(imat, u, kk, p);
      TestStatistic ts = TestStatistic.chiSquared(stat, jj.length);
      rows.add(new Row(termNames.get(t), stat, jj.length, ts.p()));
    }
    int[] all = new int[2 * p];
    for (int i = 0; i < 2 * p; i++) {
      all[i] = i;
    }
    double global = quadratic(imat, u, all, p);
    rows.add(new Row("GLOBAL", global, p, TestStatistic.chiSquared(global, p).p()));
    return new Result("km", rows);
  }

  /** g = 1 − KM(t−) (one curve over all rows), centred by its mean over the events. */
  private static double[] kmTransform(double[] time, boolean[] event) {
    int n = time.length;
    int[] ord = SortOrder.byStrataThenTime(time, null);
    double[] g = new double[n];
    double surv = 1;
    for (int i = 0; i < n; ) {
      double t = time[ord[i]];
      int atRisk = n - i;
      int deaths = 0;
      int j = i;
      for (; j < n && time[ord[j]] == t; j++) {
        g[ord[j]] = 1 - surv; // KM just before t
        if (event[ord[j]]) {
          deaths++;
        }
      }
      surv *= 1 - (double) deaths / atRisk;
      i = j;
    }
    double mean = 0;
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (event[i]) {
        mean += g[i];
        d++;
      }
    }
    mean /= d;
    for (int i = 0; i < n; i++) {
      g[i] -= mean;
    }
    return g;
  }

  /** zph1.c: score vector and 2p × 2p information for (x, g(t)·x) at the fitted risk scores. */
  private static void accumulate(int[] ord, double[] time, boolean[] event, int[] strata, double[] eta,
                  double[] gt, double[] x, int p, boolean efron, double[] u, double[][] imat) {
    double[] a = new double[p];
    double[] a2 = new double[p];
    double[][] cmat = new double[p][p];
    double[][] cmat2 = new double[p][p];
    double denom = 0;
    int cstrat = Integer.MIN_VALUE;
    for (int ip = ord.length - 1; ip >= 0; ) {
      int person = ord[ip];
      int s = strata == null ? 0 : strata[person];
      if (s != cstrat) {
        cstrat = s;
        denom = 0;
        java.util.Arrays.fill(a, 0);
        for (double[] r : cmat) {
          java.util.Arrays.fill(r, 0);
        }
      }
      double dtime = time[person];
      double timewt = gt[person];
      int ndead = 0;
      double denom2 = 0;
      for (; ip >= 0; ip--) {
        person = ord[ip];
        if (time[person] != dtime || (strata == null ? 0 : strata[person]) != cstrat) {
          break;
        }
        double risk = Math.exp(eta[person]);
        int off = person * p;
        if (!event[person]) {
          denom += risk;
          for (int i = 0; i < p; i++) {
            a[i] += risk * x[off + i];
            for (int j = 0; j <= i; j++) {
              cmat[i][j] += risk * x[off + i] * x[off + j];
            }
          }
        } else {
          ndead++;
          denom2 += risk;
          for (int i = 0; i < p; i++) {
            u[i] += x[off + i];
            u[i + p] += timewt * x[off + i];
            a2[i] += risk * x[off + i];
            for (int j = 0; j <= i; j++) {
              cmat2[i][j] += risk * x[off + i] * x[off + j];
            }
          }
        }
      }
      if (ndead > 0) {
        if (!efron) {
          denom += denom2;
          for (int i = 0; i < p; i++) {
            a[i] += a2[i];
            double mean = a[i] / denom;
            u[i] -= ndead * mean;
            u[i + p] -= timewt * ndead * mean;
            for (int j = 0; j <= i; j++) {
              cmat[i][j] += cmat2[i][j];
              double temp = ndead * (cmat[i][j] - mean * a[j]) / denom;
              imat[j][i] += temp;
              imat[j][i + p] += temp * timewt;
              imat[j + p][i + p] += temp * timewt * timewt;
            }
          }
        } else {
          for (int k = 0; k < ndead; k++) {
            denom += denom2 / ndead;
            for (int i = 0; i < p; i++) {
              a[i] += a2[i] / ndead;
              double mean = a[i] / denom;
              u[i] -= mean;
              u[i + p] -= timewt * mean;
              for (int j = 0; j <= i; j++) {
                cmat[i][j] += cmat2[i][j] / ndead;
                double temp = (cmat[i][j] - mean * a[j]) / denom;
                imat[j][i] += temp;
                imat[j][i + p] += timewt * temp;
                imat[j + p][i + p] += timewt * timewt * temp;
              }
            }
          }
        }
        java.util.Arrays.fill(a2, 0);
        for (double[] r : cmat2) {
          java.util.Arrays.fill(r, 0);
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        imat[i][j] = imat[j][i];
        imat[i][j + p] = imat[j][i + p];
        imat[i + p][j + p] = imat[j + p][i + p];
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        imat[i + p][j] = imat[j][i + p];
      }
    }
  }

  /** u' M⁻¹ u for the sub-matrix of {@code imat} on {@code idx}, where u is 0 on the first p entries. */
  private static double quadratic(double[][] imat, double[] u, int[] idx, int p) {
    int m = idx.length;
    double[][] a = new double[m][m];
    double[] b = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = imat[idx[i]][idx[j]];
      }
      b[i] = idx[i] < p ? 0 : u[idx[i]];
    }
    double[] sol = DenseSolve.solve(a, b, "cox.zph information matrix");
    double q = 0;
    for (int i = 0; i < m; i++) {
      q += sol[i] * b[i];
    }
    return q;
  }
}
