package org.psmapathway.stats.meta;

import java.util.List;

/**
 * A fitted intercept-only meta-analysis, field names as the JSON output. {@code method} is "FE" or the τ²
 * estimator ("DL", "REML", …); {@code test} is "z" or "knha" (Knapp–Hartung, t with k − 1 df);
 * {@code modelChoice} says why this model was used ("requested" or the auto rule's reason).
 * NaN (JSON null) where metafor gives NA: τ² CI and se for FE, the metafor-type prediction interval for FE,
 * the t(k − 2) prediction interval when k &lt; 3. {@code I2} and {@code H2} follow metafor: from Q for FE,
 * from τ² and the typical within-study variance for random effects.
 */
public record MetaResult(int k, String method, String test, String scale, double level, double estimate,
    double se, double lower, double upper, double statistic, double p, double tau2, double tau2Se,
    double tau2Lower, double tau2Upper, double I2, double H2, double Q, int Qdf, double Qp,
    String predictionInterval, double predictionLower, double predictionUpper, double logLik,
    String modelChoice, List<StudyWeight> studies, ExpScale exp, List<LeaveOneOutRow> leaveOneOut) {

  public MetaResult {
    studies = List.copyOf(studies);
    leaveOneOut = List.copyOf(leaveOneOut);
  }

  /** Same result with leave-one-out rows attached. */
  public MetaResult withLeaveOneOut(List<LeaveOneOutRow> rows) {
    return new MetaResult(k, method, test, scale, level, estimate, se, lower, upper, statistic, p, tau2, tau2Se,
        tau2Lower, tau2Upper, I2, H2, Q, Qdf, Qp, predictionInterval, predictionLower, predictionUpper,
        logLik, modelChoice, studies, exp, rows);
  }
}
