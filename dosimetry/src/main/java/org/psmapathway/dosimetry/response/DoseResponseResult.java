package org.psmapathway.dosimetry.response;

import java.util.List;
import org.psmapathway.stats.descriptive.HypothesisTest;
import org.psmapathway.stats.regression.LogisticFit;
import org.psmapathway.stats.regression.RocAnalysis;

/**
 * Tumour dose after cycle 1 as a predictor of PSA response (seed 002; research/dosimetry.md 8.2).
 * A model output for research: it describes how dose and response go together in this cohort and
 * is not a treatment decision.
 *
 * @param rows rows given
 * @param droppedRows rows without a dose or a response, left out of every analysis
 * @param observations complete rows analysed
 * @param responders complete rows with response 1
 * @param logistic glm(response ~ dose, binomial) as R prints it (Wald SEs from glm's last iterate)
 * @param curve β₀, β₁ and their covariance at the estimate, for D₅₀ and the figure's band
 * @param orPerGy exp(β₁) with its Wald interval from {@code logistic} (confint.default)
 * @param orPerGyLower lower Wald limit of the OR per Gy
 * @param orPerGyUpper upper Wald limit of the OR per Gy
 * @param orPer10Gy exp(10·β₁), the same model shown per 10 Gy (limits exp(10·limit of β₁))
 * @param orPer10GyLower lower limit per 10 Gy
 * @param orPer10GyUpper upper limit per 10 Gy
 * @param logLikelihood log-likelihood of the fitted model, R's {@code logLik}
 * @param lrChiSquare null deviance − residual deviance, 1 df
 * @param lrP likelihood-ratio p, R's {@code anova(fit, test = "Chisq")}
 * @param d50Gy −β₀/β₁, dose of 50 % predicted response
 * @param roc ROC of dose against response (responders are cases, direction "&lt;"), AUC with DeLong
 *     interval and pROC's Youden threshold (a midpoint between two observed doses)
 * @param youdenCutGy the Youden rule as "dose ≥ c" with c the smallest observed dose above pROC's
 *     threshold: the same classification, stated as a dose a reader can find in the data
 * @param youdenJ sensitivity + specificity − 1 at the Youden cut
 * @param atYouden the 2 × 2 performance of the Youden rule (data-driven, hence optimistic)
 * @param atPrespecified the 2 × 2 performance of the pre-specified cut (default 10 Gy)
 * @param mannWhitney Wilcoxon rank-sum test of dose, responders (x) against non-responders (y);
 *     W = U of the responders = AUC · n₁ · n₀
 * @param confidenceLevel level of every interval
 * @param notes caveats that apply to this result, in words (separation, D₅₀ outside the data, few
 *     events, optimism of the data-driven cut)
 */
public record DoseResponseResult(
    int rows,
    int droppedRows,
    int observations,
    int responders,
    LogisticFit logistic,
    FittedDoseResponse curve,
    double orPerGy,
    double orPerGyLower,
    double orPerGyUpper,
    double orPer10Gy,
    double orPer10GyLower,
    double orPer10GyUpper,
    double logLikelihood,
    double lrChiSquare,
    double lrP,
    double d50Gy,
    RocAnalysis roc,
    double youdenCutGy,
    double youdenJ,
    ThresholdPerformance atYouden,
    ThresholdPerformance atPrespecified,
    HypothesisTest mannWhitney,
    double confidenceLevel,
    List<String> notes) {

  public DoseResponseResult {
    notes = List.copyOf(notes);
  }

  /** Complete rows with response 0. */
  public int nonResponders() {
    return observations - responders;
  }
}
