package org.psmapathway.stats.survival;

/**
 * Restricted mean survival time up to {@code limit} (area under the Kaplan–Meier curve) and its
 * standard error, as {@code print(fit, rmean = ...)} reports {@code rmean} and {@code se(rmean)}.
 */
public record RestrictedMean(double limit, double mean, double se) {
}
