package org.psmapathway.stats.meta;

/**
 * One study row of a fitted model, with what a forest plot needs: the study's own CI (yi ± crit·√vi, with the
 * model's confidence level and z) and its weight in % for the model used (100·wi/Σw, wi = 1/(vi + τ²)).
 */
public record StudyWeight(String study, double yi, double vi, double weight, double lower, double upper) {
}
