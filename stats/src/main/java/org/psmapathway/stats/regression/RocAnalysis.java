package org.psmapathway.stats.regression;

import java.util.List;

/**
 * ROC analysis of a score against a 0/1 outcome.
 *
 * @param direction the direction used (no automatic choice: pROC's "auto" would pick the direction
 *     after seeing the data and so bias the AUC upwards)
 * @param cases rows with outcome 1
 * @param controls rows with outcome 0
 * @param droppedRows rows dropped because score or outcome was missing (NaN)
 * @param auc area under the empirical curve = Mann–Whitney probability, ties counted ½
 * @param se DeLong standard error, pROC {@code sqrt(var(roc, method = "delong"))}
 * @param lower lower DeLong limit, auc − z·se clipped to 0 (pROC {@code ci.auc(method = "delong")})
 * @param upper upper DeLong limit, clipped to 1
 * @param confidenceLevel level of [lower, upper]
 * @param threshold Youden-optimal threshold (maximum sensitivity + specificity); with ties, the first
 *     in curve order, as pROC's {@code coords(roc, "best")[1, ]}
 * @param sensitivity sensitivity at {@code threshold}
 * @param specificity specificity at {@code threshold}
 * @param optimalThresholds how many thresholds share the maximum (pROC returns them all)
 * @param points the whole curve, thresholds ascending for "&lt;" and descending for "&gt;" as pROC
 */
public record RocAnalysis(
    RocDirection direction,
    int cases,
    int controls,
    int droppedRows,
    double auc,
    double se,
    double lower,
    double upper,
    double confidenceLevel,
    double threshold,
    double sensitivity,
    double specificity,
    int optimalThresholds,
    List<RocPoint> points) {
  public RocAnalysis {
    points = List.copyOf(points);
  }
}
