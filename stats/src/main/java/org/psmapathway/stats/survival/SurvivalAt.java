package org.psmapathway.stats.survival;

/**
 * The Kaplan–Meier estimate at a requested time, as {@code summary(fit, times = ...)} reports it:
 * {@code se} is on the survival scale (S × Greenwood se of log S), {@code nRisk} the number at risk
 * just before {@code time}. Survival, se and bounds are {@link Double#NaN} where R has NA (a time
 * beyond the last follow-up without {@code extend}, or a bound undefined at S = 0 or 1).
 */
public record SurvivalAt(double time, double survival, double se, double lower, double upper,
        int nRisk) {
}
