package org.psmapathway.stats.meta;

import java.util.List;

/**
 * Mixed-effects meta-regression (metafor {@code rma(yi, vi, mods = ...)}). {@code QM} is the omnibus test of
 * all moderators (chi-squared with {@code QMdf} df, or F(QMdf, QMdf2) divided by its df under Knapp–Hartung,
 * QMdf2 NaN otherwise); {@code QE} the residual heterogeneity test; {@code R2} the % of τ² explained,
 * 100·max(0, (τ²_RE − τ²)/τ²_RE) (metafor's default), NaN for FE.
 */
public record MetaRegressionResult(int k, String method, String test, List<ModeratorCoefficient> moderators,
    double QM, int QMdf, double QMdf2, double QMp, double QE, int QEdf, double QEp, double tau2, double I2,
    double H2, double R2) {
  public MetaRegressionResult {
    moderators = List.copyOf(moderators);
  }
}
