package org.psmapathway.stats.meta;

/**
 * Test for subgroup differences: Cochran's Q of the subgroup estimates with weights 1/se_g² (a fixed-effect
 * model on the subgroup estimates, as RevMan and metafor's "comparing estimates of independent
 * meta-analyses"), chi-squared with G − 1 df.
 */
public record BetweenSubgroups(double Q, int Qdf, double Qp) {
}
