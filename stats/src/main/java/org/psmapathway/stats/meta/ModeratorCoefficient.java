package org.psmapathway.stats.meta;

/** One coefficient of a meta-regression ("intrcpt" first, then the moderators by name). */
public record ModeratorCoefficient(String term, double estimate, double se, double statistic, double p,
        double lower, double upper) {
}
