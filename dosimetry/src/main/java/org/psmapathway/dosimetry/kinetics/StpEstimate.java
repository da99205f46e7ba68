package org.psmapathway.dosimetry.kinetics;

/**
 * A single-time-point estimate of the time-integrated activity.
 *
 * @param hours time of the measurement after injection
 * @param mbq activity measured then
 * @param effectiveHalfLifeH the effective half-life used (Madsen, prior cycle), NaN for Hänscheid,
 *     which needs none
 * @param tiaMBqH the estimate
 */
public record StpEstimate(StpMethod method, double hours, double mbq, double effectiveHalfLifeH,
    double tiaMBqH) {}
