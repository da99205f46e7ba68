package org.psmapathway.stats.survival;

/**
 * A quantile of the survival time — the time by which a fraction {@code p} has had the event — with
 * the times where the lower and upper confidence bands reach it, as {@code quantile.survfit}
 * reports {@code quantile}, {@code lower}, {@code upper}. {@link Double#NaN} where R gives NA.
 */
public record SurvivalQuantile(double p, double time, double lower, double upper) {
}
