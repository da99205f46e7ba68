package org.psmapathway.stats.cox;

/** Global tests of β = 0: likelihood ratio, Wald and score (log-rank). */
public record CoxTests(TestStatistic lr, TestStatistic wald, TestStatistic score) {
}
