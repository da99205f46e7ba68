package org.psmapathway.stats.cox;

/**
 * Fitting options, with the defaults of {@code coxph.control()} in survival 3.5.
 *
 * @param ties       tie handling, default Efron
 * @param confLevel  level of the hazard-ratio confidence intervals, default 0.95
 * @param robust     when true, z, p, the confidence intervals and the Wald test use the robust
 *                   (sandwich) variance, as {@code coxph(robust = TRUE)} or a {@code cluster()} term does;
 *                   the robust SE is reported in every case
 * @param eps        convergence: |1 − loglik_old / loglik_new| ≤ eps, default 1e-9
 * @param iterMax    maximum Newton–Raphson iterations, default 20
 * @param tolerChol  pivot tolerance of the generalized Cholesky, default .Machine$double.eps^0.75
 * @param tolerInf   relative tolerance of the "coefficient may be infinite" check, default sqrt(eps)
 */
public record CoxOptions(Ties ties, double confLevel, boolean robust, double eps, int iterMax,
             double tolerChol, double tolerInf) {

  /** .Machine$double.eps^0.75, R's toler.chol. */
  public static final double TOLER_CHOL = Math.pow(Math.ulp(1.0), 0.75);

  public CoxOptions {
    if (ties == null) {
      throw new IllegalArgumentException("ties: expected EFRON or BRESLOW, got null");
    }
    if (!(confLevel > 0 && confLevel < 1)) {
      throw new IllegalArgumentException("confLevel: expected a value in (0, 1), got " + confLevel);
    }
    if (!(eps > 0)) {
      throw new IllegalArgumentException("eps: expected > 0, got " + eps);
    }
    if (iterMax < 0) {
      throw new IllegalArgumentException("iterMax: expected >= 0, got " + iterMax);
    }
    if (!(tolerChol > 0) || !(tolerInf > 0)) {
      throw new IllegalArgumentException("tolerChol, tolerInf: expected > 0, got " + tolerChol + ", " + tolerInf);
    }
  }

  public static CoxOptions defaults() {
    return new CoxOptions(Ties.EFRON, 0.95, false, 1e-9, 20, TOLER_CHOL, Math.sqrt(1e-9));
  }

  public CoxOptions withTies(Ties t) {
    return new CoxOptions(t, confLevel, robust, eps, iterMax, tolerChol, tolerInf);
  }

  public CoxOptions withConfLevel(double level) {
    return new CoxOptions(ties, level, robust, eps, iterMax, tolerChol, tolerInf);
  }

  public CoxOptions withRobust(boolean r) {
    return new CoxOptions(ties, confLevel, r, eps, iterMax, tolerChol, tolerInf);
  }

  public CoxOptions withIterMax(int max) {
    return new CoxOptions(ties, confLevel, robust, eps, max, tolerChol, tolerInf);
  }
}
