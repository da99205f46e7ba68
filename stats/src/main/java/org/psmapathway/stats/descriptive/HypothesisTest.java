package org.psmapathway.stats.descriptive;

/**
 * Result of a test comparing groups, named as R prints it.
 *
 * @param method R's {@code method} string, e.g. "Wilcoxon rank sum exact test"
 * @param statisticName R's name of the statistic: "W", "Kruskal-Wallis chi-squared", "X-squared",
 *     or "" for Fisher's exact test, which has none
 * @param statistic the statistic; NaN (NA) for Fisher's exact test
 * @param df degrees of freedom; NaN (NA) where the test has none (Wilcoxon, Fisher)
 * @param p two-sided p-value; NaN exactly where R gives NA (e.g. all values tied)
 */
public record HypothesisTest(
  String method, String statisticName, double statistic, double df, double p) {}
