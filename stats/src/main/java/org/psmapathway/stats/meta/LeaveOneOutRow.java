package org.psmapathway.stats.meta;

/** The model refitted without one study (metafor {@code leave1out}). */
public record LeaveOneOutRow(String omitted, double estimate, double se, double statistic, double p,
        double lower, double upper, double Q, double Qp, double tau2, double I2, double H2) {
}
