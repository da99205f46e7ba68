package org.psmapathway.stats.cox;

/**
 * Harrell's concordance as {@code concordance()} / {@code coxph()$concordance} in survival ≥ 3 report it:
 * C = (concordant + tiedX/2) / (concordant + discordant + tiedX); pairs tied on time are not comparable.
 * The SE is the infinitesimal-jackknife one (clustered when a cluster is given).
 */
public record Concordance(double value, double se, double concordant, double discordant, double tiedX,
                          double tiedY, double tiedXY) {
}
