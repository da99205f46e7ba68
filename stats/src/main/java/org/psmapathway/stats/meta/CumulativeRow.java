package org.psmapathway.stats.meta;

/** The model fitted to the first studies up to and including {@code added} (metafor {@code cumul}). */
public record CumulativeRow(String added, int k, double estimate, double se, double statistic, double p,
        double lower, double upper, double Q, double Qp, double tau2, double I2, double H2) {
}
