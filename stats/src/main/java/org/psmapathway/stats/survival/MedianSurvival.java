package org.psmapathway.stats.survival;

/**
 * Median survival time with the times where the lower and upper confidence bands cross 0.5.
 * {@link Double#NaN} where R prints NA (the curve or band never reaches 0.5).
 */
public record MedianSurvival(double median, double lower, double upper) {
}
