package org.psmapathway.stats.cox;

/**
 * One regression coefficient as {@code summary.coxph} / {@code summary.crr} report it. For a coefficient
 * R reports as NA (a collinear column), every number is {@code Double.NaN}.
 *
 * @param term     column name of the design matrix
 * @param coef     log hazard ratio
 * @param se       model-based standard error (for Fine–Gray: cmprsk's sandwich SE)
 * @param robustSe robust (sandwich) standard error; NaN where not computed
 * @param hr       exp(coef)
 * @param lower    lower confidence limit of the hazard ratio
 * @param upper    upper confidence limit of the hazard ratio
 * @param z        coef / (the SE used for inference)
 * @param p        two-sided normal p-value
 */
public record Coefficient(String term, double coef, double se, double robustSe, double hr, double lower,
                          double upper, double z, double p) {
}
