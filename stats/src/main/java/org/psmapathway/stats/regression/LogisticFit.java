package org.psmapathway.stats.regression;

import java.util.List;

/**
 * A logistic regression fitted as R's {@code glm(family = binomial)}.
 *
 * @param coefficients one per design column, in the order given (intercept first when asked for)
 * @param observations rows used in the fit
 * @param droppedRows rows dropped because the outcome or a covariate was missing (NaN)
 * @param rank rank of the design found by the pivoted QR; less than the number of columns when some
 *     are aliased
 * @param nullDeviance deviance of the intercept-only model (of μ = 0.5 without intercept), R's
 *     {@code null.deviance}
 * @param residualDeviance R's {@code deviance}
 * @param nullDf degrees of freedom of the null deviance, n − (intercept ? 1 : 0)
 * @param residualDf n − rank
 * @param aic −2 log-likelihood + 2 rank, R's {@code aic}
 * @param iterations IRLS iterations, R's {@code iter}
 * @param converged whether |dev − dev_old| / (|dev| + 0.1) &lt; 1e-8 was reached within 25 iterations
 * @param fittedProbabilitiesZeroOrOne some fitted probability is within 10·DBL_EPSILON of 0 or 1: the
 *     sign of complete or quasi-complete separation, for which the estimates and SEs are not
 *     meaningful
 * @param warnings R's warning texts for this fit, e.g. "glm.fit: fitted probabilities numerically 0
 *     or 1 occurred"
 */
public record LogisticFit(
    List<LogisticCoefficient> coefficients,
    int observations,
    int droppedRows,
    int rank,
    double nullDeviance,
    double residualDeviance,
    int nullDf,
    int residualDf,
    double aic,
    int iterations,
    boolean converged,
    boolean fittedProbabilitiesZeroOrOne,
    List<String> warnings) {
  public LogisticFit {
    coefficients = List.copyOf(coefficients);
    warnings = List.copyOf(warnings);
  }
}
