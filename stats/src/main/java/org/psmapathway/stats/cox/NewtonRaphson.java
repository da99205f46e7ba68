package org.psmapathway.stats.cox;

import org.psmapathway.stats.model.GeneralizedCholesky;

/**
 * The Newton–Raphson driver of survival's {@code coxfit6.c} (survival ≥ 3.6 logic, identical to 3.5 when
 * no step is halved): start at β = 0, score test from the first step, convergence when
 * |1 − ℓ_best/ℓ_new| ≤ eps with finite U, I and ℓ, step halving towards the last good β
 * (1/2, 2/3, 3/4 … of the way back) when ℓ drops or is not finite, and after running out of iterations
 * the last good β with its information. Returned on the original covariate scale.
 */
final class NewtonRaphson {

  /** Outcome: β and V = I⁻¹ on the original scale, score vector, log-likelihoods, score test, flags. */
  record Outcome(double[] beta, double[][] var, double[] u, double loglikNull, double loglik, double scoreTest,
          int iterations, int flag, boolean converged) {
  }

  private NewtonRaphson() {
  }

  static Outcome fit(CoxData d, PartialLikelihood pl, CoxOptions o) {
    int p = d.p;
    double[] beta = new double[p];
    double[] newbeta = new double[p];
    double[] u = new double[p];
    double[][] imat = new double[p][p];

    double loglik0 = pl.evaluate(beta, u, imat);
    double[] a = u.clone();
    GeneralizedCholesky chol = GeneralizedCholesky.decompose(imat, o.tolerChol());
    int flag = chol.flag();
    chol.solveInPlace(a);
    double sctest = 0;
    for (int i = 0; i < p; i++) {
      sctest += u[i] * a[i];
    }
    if (o.iterMax() == 0 || !Double.isFinite(loglik0)) {
      return finish(d, beta, chol, u, loglik0, loglik0, sctest, 0, flag, o.iterMax() == 0);
    }
    double best = loglik0;
    for (int i = 0; i < p; i++) {
      newbeta[i] = beta[i] + a[i];
    }
    int halving = 0;
    for (int iter = 1; iter <= o.iterMax(); iter++) {
      double newlk = pl.evaluate(newbeta, u, imat);
      chol = GeneralizedCholesky.decompose(imat, o.tolerChol());
      flag = chol.flag();
      boolean finite = Double.isFinite(newlk);
      for (int i = 0; i < p && finite; i++) {
        finite = Double.isFinite(u[i]);
        for (int j = i; j < p && finite; j++) {
          finite = Double.isFinite(imat[i][j]);
        }
      }
      if (finite && Math.abs(1 - best / newlk) <= o.eps()) {
        return finish(d, newbeta, chol, u, loglik0, newlk, sctest, iter, halving > 0 ? -2 : flag, true);
      }
      if (!finite || newlk < best) {
        halving++; // more aggressive each time it fails
        for (int i = 0; i < p; i++) {
          newbeta[i] = (newbeta[i] + halving * beta[i]) / (halving + 1.0);
        }
      } else {
        halving = 0;
        best = newlk;
        double[] step = u.clone();
        chol.solveInPlace(step);
        for (int i = 0; i < p; i++) {
          beta[i] = newbeta[i];
          newbeta[i] = newbeta[i] + step[i];
        }
      }
    }
    // out of iterations: the last good β and its information (coxfit6 recomputes them)
    double lk = best;
    if (o.iterMax() > 1) {
      lk = pl.evaluate(beta, u, imat);
      chol = GeneralizedCholesky.decompose(imat, o.tolerChol());
    }
    // coxfit6's for loop leaves iter at iter.max + 1, which coxph reports as fit$iter
    return finish(d, beta, chol, u, loglik0, lk, sctest, o.iterMax() + 1, 1000, false);
  }

  private static Outcome finish(CoxData d, double[] scaledBeta, GeneralizedCholesky chol, double[] u,
                 double loglik0, double loglik, double sctest, int iter, int flag, boolean converged) {
    int p = d.p;
    double[][] inv = chol.inverse();
    double[] beta = new double[p];
    double[] uu = new double[p];
    for (int i = 0; i < p; i++) {
      beta[i] = scaledBeta[i] * d.scale[i];
      uu[i] = u[i] / d.scale[i];
      for (int j = 0; j < p; j++) {
        inv[i][j] *= d.scale[i] * d.scale[j];
      }
    }
    return new Outcome(beta, inv, uu, loglik0, loglik, sctest, iter, flag, converged);
  }
}
