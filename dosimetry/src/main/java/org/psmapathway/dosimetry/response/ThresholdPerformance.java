package org.psmapathway.dosimetry.response;

import org.psmapathway.stats.descriptive.ClopperPearson;
import org.psmapathway.stats.descriptive.Proportion;

/**
 * How well the rule "dose ≥ cut predicts response" classifies the cohort: the 2 × 2 table and its
 * four proportions with exact 95 % intervals. Responders are the positives.
 *
 * @param cutGy the rule's cut: a patient is predicted to respond when dose ≥ cutGy
 * @param truePositives responders with dose ≥ cut
 * @param falsePositives non-responders with dose ≥ cut
 * @param falseNegatives responders with dose &lt; cut
 * @param trueNegatives non-responders with dose &lt; cut
 * @param sensitivity TP / (TP + FN)
 * @param specificity TN / (TN + FP)
 * @param ppv TP / (TP + FP); NaN when no one is called positive
 * @param npv TN / (TN + FN); NaN when no one is called negative
 */
public record ThresholdPerformance(
    double cutGy,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int trueNegatives,
    Proportion sensitivity,
    Proportion specificity,
    Proportion ppv,
    Proportion npv) {

  /**
   * @param doseGy complete rows only (no NaN)
   * @param response 1 = responder, 0 = non-responder, as long as {@code doseGy}
   */
  static ThresholdPerformance of(
      double[] doseGy, double[] response, double cutGy, double confidenceLevel) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < doseGy.length; i++) {
      boolean positive = doseGy[i] >= cutGy;
      boolean responder = response[i] == 1;
      if (positive) {
        tp += responder ? 1 : 0;
        fp += responder ? 0 : 1;
      } else {
        fn += responder ? 1 : 0;
        tn += responder ? 0 : 1;
      }
    }
    return new ThresholdPerformance(cutGy, tp, fp, fn, tn,
        ClopperPearson.interval(tp, tp + fn, confidenceLevel),
        ClopperPearson.interval(tn, tn + fp, confidenceLevel),
        ClopperPearson.interval(tp, tp + fp, confidenceLevel),
        ClopperPearson.interval(tn, tn + fn, confidenceLevel));
  }
}
