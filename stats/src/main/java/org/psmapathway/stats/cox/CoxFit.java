package org.psmapathway.stats.cox;

import java.util.List;

/**
 * The result of a Cox fit, named for JSON serialisation: {@code n, events, dropped, iterations,
 * coefficients[], loglik [null model, fitted], tests {lr, wald, score}, concordance {value, se}}.
 * NA in R is {@code Double.NaN} here (a collinear coefficient; a p-value with zero degrees of freedom).
 *
 * @param n                rows used
 * @param events           events among them
 * @param dropped          input rows dropped for a missing value
 * @param iterations       Newton–Raphson iterations ({@code fit$iter})
 * @param converged        false when iterations ran out (R warns "Ran out of iterations")
 * @param ties             tie handling used
 * @param strata           number of strata (1 without strata)
 * @param coefficients     one per design-matrix column
 * @param loglik           log partial likelihood at β = 0 and at β̂
 * @param tests            likelihood-ratio, Wald and score tests
 * @param concordance      Harrell's C with SE
 * @param variance         model-based variance matrix I⁻¹ (zero rows/columns for NA coefficients)
 * @param robustVariance   sandwich variance D'D from dfbeta residuals (summed within cluster)
 * @param means            covariate means used for centring (0 for columns with values in {-1, 0, 1})
 * @param warnings         R's warnings for this fit, in words (non-convergence, infinite coefficients)
 */
public record CoxFit(int n, int events, int dropped, int iterations, boolean converged, Ties ties, int strata,
           List<Coefficient> coefficients, double[] loglik, CoxTests tests, Concordance concordance,
           double[][] variance, double[][] robustVariance, double[] means, List<String> warnings) {

  public CoxFit {
    coefficients = List.copyOf(coefficients);
    warnings = List.copyOf(warnings);
  }

  /** The coefficient for a design-matrix column name. */
  public Coefficient coefficient(String term) {
    for (Coefficient c : coefficients) {
      if (c.term().equals(term)) {
        return c;
      }
    }
    throw new IllegalArgumentException("term '" + term + "': not in the model (have "
        + coefficients.stream().map(Coefficient::term).toList() + ")");
  }
}
