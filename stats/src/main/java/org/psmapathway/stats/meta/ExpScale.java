package org.psmapathway.stats.meta;

/** Results of a ratio measure back on the ratio scale (exp of the log-scale values); NaN where absent. */
public record ExpScale(double estimate, double lower, double upper, double predictionLower,
        double predictionUpper) {
}
