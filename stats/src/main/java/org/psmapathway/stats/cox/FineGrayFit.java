package org.psmapathway.stats.cox;

import java.util.List;

/**
 * Result of a Fine–Gray fit ({@code cmprsk::crr} + {@code summary.crr}). Coefficients use crr's
 * sandwich variance as {@code se}; {@code robustSe} repeats it.
 *
 * @param n          rows used
 * @param events     failures of the cause of interest
 * @param competing  failures of a competing cause
 * @param dropped    input rows dropped for a missing value
 * @param iterations Newton iterations taken
 * @param converged  crr's {@code converged}
 * @param loglik     log pseudo-likelihood at β = 0 and at β̂ ({@code loglik.null}, {@code loglik})
 * @param variance   sandwich variance matrix
 * @param warnings   non-convergence, in words
 */
public record FineGrayFit(int n, int events, int competing, int dropped, int iterations, boolean converged,
             List<Coefficient> coefficients, double[] loglik, double[][] variance, List<String> warnings) {

  public FineGrayFit {
    coefficients = List.copyOf(coefficients);
    warnings = List.copyOf(warnings);
  }

  public Coefficient coefficient(String term) {
    return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("term '" + term + "': not in the model"));
  }
}
