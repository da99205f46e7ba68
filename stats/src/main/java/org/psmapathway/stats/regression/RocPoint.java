package org.psmapathway.stats.regression;

/**
 * One point of an empirical ROC curve. The threshold lies midway between two adjacent distinct scores
 * (−∞ and +∞ at the ends), as pROC's {@code roc()$thresholds}.
 */
public record RocPoint(double threshold, double sensitivity, double specificity) {}
