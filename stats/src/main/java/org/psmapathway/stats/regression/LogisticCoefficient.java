package org.psmapathway.stats.regression;

/**
 * One row of R's {@code summary(glm(..., family = binomial))$coefficients} with the odds ratio and
 * its Wald interval ({@code exp(confint.default(fit))}).
 *
 * @param term design column name, "(Intercept)" for the intercept
 * @param coef log odds ratio; NaN (NA in R) when the column is aliased
 * @param se standard error; NaN when aliased
 * @param z Wald z = coef / se; NaN when aliased
 * @param p two-sided p = 2 P(Z &gt; |z|); NaN when aliased
 * @param oddsRatio exp(coef)
 * @param lower lower Wald limit of the odds ratio, exp(coef − z_{1−α/2} se)
 * @param upper upper Wald limit of the odds ratio
 * @param aliased true when the column is linearly dependent on earlier ones (R prints NA)
 */
public record LogisticCoefficient(
  String term,
  double coef,
  double se,
  double z,
  double p,
  double oddsRatio,
  double lower,
  double upper,
  boolean aliased) {}
