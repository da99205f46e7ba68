package org.psmapathway.dosimetry.response;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.psmapathway.stats.descriptive.HypothesisTest;
import org.psmapathway.stats.descriptive.WilcoxonRankSum;
import org.psmapathway.stats.regression.Logistic;
import org.psmapathway.stats.regression.LogisticCoefficient;
import org.psmapathway.stats.regression.LogisticFit;
import org.psmapathway.stats.regression.Roc;
import org.psmapathway.stats.regression.RocAnalysis;
import org.psmapathway.stats.regression.RocDirection;

/**
 * The seed-002 analysis (LUDO, NCT07370597): does the tumour absorbed dose after cycle 1 predict
 * PSA response? Outputs as research/dosimetry.md 8.2 lists them, computed by the statistics engine
 * (logistic regression as R's glm, ROC as pROC, Wilcoxon as R's wilcox.test):
 *
 * <ul>
 *   <li>logit P(response) = β₀ + β₁·D: OR per Gy with Wald interval, likelihood-ratio p, D₅₀;
 *   <li>ROC AUC with DeLong interval; Youden-optimal rule D ≥ c with sensitivity, specificity,
 *       PPV and NPV;
 *   <li>the same four at a pre-specified cut (10 Gy by default: Violet et al. J Nucl Med
 *       2019;60:517 reported failure to reach PSA50 below a whole-body tumour dose of 10 Gy —
 *       recalled, not re-read, research/dosimetry.md 8.1), with exact intervals;
 *   <li>Mann–Whitney comparison of dose between responders and non-responders.
 * </ul>
 */
public final class DoseResponseAnalysis {

  /** Violet et al. 2019 (recalled, research/dosimetry.md 8.1): below 10 Gy, no PSA50. */
  public static final double VIOLET_2019_THRESHOLD_GY = 10.0;
  /** TRIPOD's rule of thumb for a stable logistic model: about 10 events per parameter. */
  static final int EVENTS_PER_PARAMETER = 10;
  static final String NOT_A_DECISION = "Model output for research, not a treatment decision:"
      + " a dose below any cut does not mean a patient will not respond.";
  static final String OPTIMISTIC = "The Youden cut is chosen from these data, so its sensitivity"
      + " and specificity are optimistic; judge a cut on the pre-specified threshold or on"
      + " external data.";

  private DoseResponseAnalysis() {}

  /** 95 % intervals. */
  public static DoseResponseResult analyse(
      double[] doseGy, double[] response, double prespecifiedCutGy) {
    return analyse(doseGy, response, prespecifiedCutGy, 0.95);
  }

  /**
   * @param doseGy tumour absorbed dose after cycle 1 per patient, Gy; NaN = missing (row dropped)
   * @param response 1 = PSA response, 0 = none; NaN = missing (row dropped)
   * @param prespecifiedCutGy the cut fixed before looking at the data, finite
   * @param confidenceLevel level of every interval, in (0, 1)
   * @throws IllegalArgumentException naming the argument and row: lengths differ, a dose is
   *     negative or infinite, a response is not 0/1, fewer than 2 responders or 2 non-responders
   *     (the DeLong variance needs 2 of each)
   */
  public static DoseResponseResult analyse(double[] doseGy, double[] response,
      double prespecifiedCutGy, double confidenceLevel) {
    if (doseGy.length != response.length) {
      throw new IllegalArgumentException("doseGy: expected " + response.length
          + " rows like the response, got " + doseGy.length);
    }
    if (!Double.isFinite(prespecifiedCutGy)) {
      throw new IllegalArgumentException(
          "prespecifiedCutGy: expected a finite dose in Gy, got " + prespecifiedCutGy);
    }
    int rows = doseGy.length;
    int n = 0;
    for (int i = 0; i < rows; i++) {
      double d = doseGy[i];
      if (!Double.isNaN(d) && !(d >= 0 && d < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "doseGy[" + i + "]: expected a finite dose ≥ 0 Gy or NaN for missing, got " + d);
      }
      double y = response[i];
      if (!Double.isNaN(y) && y != 0 && y != 1) {
        throw new IllegalArgumentException(
            "response[" + i + "]: expected 0 or 1 (or NaN for missing), got " + y);
      }
      n += Double.isNaN(d) || Double.isNaN(y) ? 0 : 1;
    }
    double[] dose = new double[n];
    double[] y = new double[n];
    int responders = 0;
    for (int i = 0, k = 0; i < rows; i++) {
      if (!Double.isNaN(doseGy[i]) && !Double.isNaN(response[i])) {
        dose[k] = doseGy[i];
        y[k] = response[i];
        responders += y[k] == 1 ? 1 : 0;
        k++;
      }
    }
    if (responders < 2 || n - responders < 2) {
      throw new IllegalArgumentException("response: expected at least 2 responders (1) and 2"
          + " non-responders (0) with a dose, got " + responders + " and " + (n - responders));
    }

    LogisticFit fit = Logistic.fit(y, new double[][] {dose}, List.of("doseGy"), true,
        confidenceLevel);
    LogisticCoefficient b0 = fit.coefficients().get(0);
    LogisticCoefficient b1 = fit.coefficients().get(1);
    if (b1.aliased()) {
      throw new IllegalArgumentException("doseGy: every complete row has the same dose ("
          + dose[0] + " Gy); a dose-response slope cannot be estimated");
    }
    FittedDoseResponse curve = FittedDoseResponse.atEstimate(b0.coef(), b1.coef(), dose);
    // R: logLik.glm = p − aic/2 for the binomial family with 0/1 outcomes.
    double logLikelihood = fit.rank() - fit.aic() / 2;
    double lrChiSquare = fit.nullDeviance() - fit.residualDeviance();
    double lrP = ChiSquaredDistribution.of(1).survivalProbability(lrChiSquare);
    double d50 = curve.d50Gy();

    RocAnalysis roc = Roc.analyse(dose, y, RocDirection.CONTROLS_LOWER, confidenceLevel);
    double youdenCut = smallestAbove(dose, roc.threshold());
    ThresholdPerformance atYouden = ThresholdPerformance.of(dose, y, youdenCut, confidenceLevel);
    ThresholdPerformance atPrespecified =
        ThresholdPerformance.of(dose, y, prespecifiedCutGy, confidenceLevel);
    double youdenJ = atYouden.sensitivity().estimate() + atYouden.specificity().estimate() - 1;

    double[] doseResponders = new double[responders];
    double[] doseOthers = new double[n - responders];
    for (int i = 0, a = 0, b = 0; i < n; i++) {
      if (y[i] == 1) {
        doseResponders[a++] = dose[i];
      } else {
        doseOthers[b++] = dose[i];
      }
    }
    HypothesisTest mannWhitney = WilcoxonRankSum.test(doseResponders, doseOthers);

    List<String> notes = new ArrayList<>();
    notes.add(NOT_A_DECISION);
    notes.add(OPTIMISTIC);
    int events = Math.min(responders, n - responders);
    if (events < EVENTS_PER_PARAMETER) {
      notes.add("Only " + events + " patients in the smaller outcome group (fewer than "
          + EVENTS_PER_PARAMETER + " per model parameter, TRIPOD): the odds ratio and D50 are"
          + " imprecise and the fit is prone to overfitting.");
    }
    if (fit.fittedProbabilitiesZeroOrOne()) {
      notes.add("Fitted probabilities numerically 0 or 1: dose separates responders from"
          + " non-responders (complete or quasi-complete separation), so the odds ratio, its"
          + " interval and D50 are not meaningful.");
    }
    if (!fit.converged()) {
      notes.add("The logistic fit did not converge in 25 iterations (R: glm.fit warning).");
    }
    if (!(b1.coef() > 0)) {
      notes.add("The fitted slope is not positive: higher dose did not go with more response in"
          + " these data, and D50 does not describe a rising curve.");
    }
    double min = dose[0];
    double max = dose[0];
    for (double d : dose) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    if (!(d50 >= min && d50 <= max)) {
      notes.add("D50 lies outside the observed doses (" + min + "–" + max
          + " Gy): it is an extrapolation.");
    }
    if (roc.optimalThresholds() > 1) {
      notes.add(roc.optimalThresholds() + " cuts share the largest Youden index; the lowest is"
          + " reported, as pROC's coords(roc, \"best\")[1, ].");
    }
    return new DoseResponseResult(rows, rows - n, n, responders, fit, curve, b1.oddsRatio(),
        b1.lower(), b1.upper(), Math.exp(10 * b1.coef()), Math.pow(b1.lower(), 10),
        Math.pow(b1.upper(), 10), logLikelihood, lrChiSquare, lrP, d50, roc, youdenCut, youdenJ,
        atYouden, atPrespecified, mannWhitney, confidenceLevel, notes);
  }

  /**
   * The smallest observed dose above pROC's threshold (a midpoint between adjacent distinct
   * doses, or −∞/+∞ at the ends): "dose ≥ c" then classifies every patient as pROC does.
   */
  static double smallestAbove(double[] dose, double threshold) {
    double c = Double.POSITIVE_INFINITY;
    for (double d : dose) {
      if (d > threshold && d < c) {
        c = d;
      }
    }
    return c;
  }
}
