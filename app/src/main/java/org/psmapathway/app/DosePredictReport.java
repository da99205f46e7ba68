package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.psmapathway.dosimetry.response.DoseResponseResult;
import org.psmapathway.stats.descriptive.Proportion;
import org.psmapathway.dosimetry.response.ThresholdPerformance;

/** Text and JSON of {@code psma dose predict}. */
final class DosePredictReport {

  private final String doseColumn;
  private final String outcome;
  private final DoseResponseResult r;
  private final int withoutSeries;

  DosePredictReport(String doseColumn, String outcome, DoseResponseResult r, int withoutSeries) {
    this.doseColumn = doseColumn;
    this.outcome = outcome;
    this.r = r;
    this.withoutSeries = withoutSeries;
  }

  /** A dose as written by a person: 10, 10.5, 11. */
  static String gy(double v) {
    return new BigDecimal(RFormat.signif(v, 6)).stripTrailingZeros().toPlainString();
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("Tumour dose (").append(doseColumn).append(") as a predictor of PSA response (")
        .append(outcome).append(")\n\n");
    sb.append("Patients: ").append(r.observations()).append(" analysed, ")
        .append(r.responders()).append(" responders, ").append(r.nonResponders())
        .append(" non-responders");
    if (r.droppedRows() > 0) {
      sb.append("; ").append(r.droppedRows()).append(r.droppedRows() == 1 ? " row" : " rows")
          .append(" dropped (missing dose or response")
          .append(withoutSeries > 0 ? ", " + withoutSeries + " without a PSA series" : "")
          .append(')');
    }
    sb.append("\n\nLogistic regression, logit P(response) = b0 + b1 * dose\n");
    sb.append(new TextTable("", "Estimate", "Std. Error", "z value", "Pr(>|z|)")
        .row("(Intercept)", RFormat.signif(r.logistic().coefficients().get(0).coef(), 7),
            RFormat.signif(r.logistic().coefficients().get(0).se(), 7),
            RFormat.signif(r.logistic().coefficients().get(0).z(), 4),
            RFormat.pValue(r.logistic().coefficients().get(0).p(), 3))
        .row("dose (per Gy)", RFormat.signif(r.logistic().coefficients().get(1).coef(), 7),
            RFormat.signif(r.logistic().coefficients().get(1).se(), 7),
            RFormat.signif(r.logistic().coefficients().get(1).z(), 4),
            RFormat.pValue(r.logistic().coefficients().get(1).p(), 3))
        .render());
    String pct = RFormat.signif(100 * r.confidenceLevel(), 6) + "%";
    sb.append("  OR per Gy    ").append(ci(r.orPerGy(), r.orPerGyLower(), r.orPerGyUpper()))
        .append(" (Wald ").append(pct).append(" CI)\n");
    sb.append("  OR per 10 Gy ").append(ci(r.orPer10Gy(), r.orPer10GyLower(), r.orPer10GyUpper()))
        .append('\n');
    sb.append("  Likelihood-ratio chi-squared ").append(RFormat.signif(r.lrChiSquare(), 5))
        .append(" on 1 df, p = ").append(RFormat.pValue(r.lrP(), 3)).append('\n');
    sb.append("  log-likelihood ").append(RFormat.signif(r.logLikelihood(), 7)).append('\n');
    sb.append("  D50 = ").append(RFormat.signif(r.d50Gy(), 5))
        .append(" Gy (dose of 50% predicted response)\n\n");
    sb.append("ROC (responders as cases): AUC ").append(RFormat.signif(r.roc().auc(), 4))
        .append(", ").append(pct).append(" CI ").append(RFormat.signif(r.roc().lower(), 4))
        .append('-').append(RFormat.signif(r.roc().upper(), 4)).append(" (DeLong)\n");
    sb.append("Mann-Whitney, dose of responders vs non-responders: W = ")
        .append(RFormat.signif(r.mannWhitney().statistic(), 7)).append(", p = ")
        .append(RFormat.pValue(r.mannWhitney().p(), 3)).append(" (")
        .append(r.mannWhitney().method()).append(")\n\n");
    sb.append("Rule \"dose >= cut predicts response\" (").append(pct)
        .append(" exact Clopper-Pearson CIs):\n");
    TextTable t = new TextTable("cut", "TP/FP/FN/TN", "sensitivity", "specificity", "PPV", "NPV");
    row(t, "Youden " + gy(r.youdenCutGy()) + " Gy (J = " + RFormat.signif(r.youdenJ(), 4) + ")",
        r.atYouden());
    row(t, "pre-specified " + gy(r.atPrespecified().cutGy()) + " Gy", r.atPrespecified());
    sb.append(t.render()).append('\n');
    for (String note : r.notes()) {
      sb.append("Note: ").append(note).append('\n');
    }
    return sb.toString();
  }

  private static void row(TextTable t, String label, ThresholdPerformance p) {
    t.row(label, p.truePositives() + "/" + p.falsePositives() + "/" + p.falseNegatives() + "/"
        + p.trueNegatives(), prop(p.sensitivity()), prop(p.specificity()), prop(p.ppv()),
        prop(p.npv()));
  }

  private static String prop(Proportion p) {
    return ci(p.estimate(), p.lower(), p.upper());
  }

  private static String ci(double est, double lo, double hi) {
    if (Double.isNaN(est)) {
      return "NA";
    }
    return RFormat.signif(est, 4) + " (" + RFormat.signif(lo, 4) + "-" + RFormat.signif(hi, 4)
        + ")";
  }

  void json(Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("dose", doseColumn);
      g.writeStringField("response", outcome);
      g.writeNumberField("rows", r.rows());
      g.writeNumberField("droppedRows", r.droppedRows());
      g.writeNumberField("withoutPsaSeries", withoutSeries);
      g.writeNumberField("n", r.observations());
      g.writeNumberField("responders", r.responders());
      g.writeNumberField("nonResponders", r.nonResponders());
      Json.number(g, "confidenceLevel", r.confidenceLevel());
      g.writeObjectFieldStart("logistic");
      Json.number(g, "b0", r.logistic().coefficients().get(0).coef());
      Json.number(g, "b1", r.logistic().coefficients().get(1).coef());
      Json.number(g, "seB0", r.logistic().coefficients().get(0).se());
      Json.number(g, "seB1", r.logistic().coefficients().get(1).se());
      Json.number(g, "pWaldB1", r.logistic().coefficients().get(1).p());
      Json.number(g, "seB0AtMle", r.curve().seIntercept());
      Json.number(g, "seB1AtMle", r.curve().seSlope());
      Json.number(g, "covB0B1AtMle", r.curve().covariance());
      Json.number(g, "orPerGy", r.orPerGy());
      Json.number(g, "orPerGyLower", r.orPerGyLower());
      Json.number(g, "orPerGyUpper", r.orPerGyUpper());
      Json.number(g, "orPer10Gy", r.orPer10Gy());
      Json.number(g, "orPer10GyLower", r.orPer10GyLower());
      Json.number(g, "orPer10GyUpper", r.orPer10GyUpper());
      Json.number(g, "logLik", r.logLikelihood());
      Json.number(g, "lrChiSquare", r.lrChiSquare());
      Json.number(g, "lrP", r.lrP());
      Json.number(g, "d50Gy", r.d50Gy());
      g.writeBooleanField("converged", r.logistic().converged());
      g.writeBooleanField("fittedProbabilitiesZeroOrOne",
          r.logistic().fittedProbabilitiesZeroOrOne());
      g.writeEndObject();
      g.writeObjectFieldStart("roc");
      Json.number(g, "auc", r.roc().auc());
      Json.number(g, "se", r.roc().se());
      Json.number(g, "lower", r.roc().lower());
      Json.number(g, "upper", r.roc().upper());
      Json.number(g, "pRocThreshold", r.roc().threshold());
      g.writeNumberField("optimalThresholds", r.roc().optimalThresholds());
      g.writeEndObject();
      g.writeObjectFieldStart("youden");
      Json.number(g, "j", r.youdenJ());
      performance(g, r.atYouden());
      g.writeEndObject();
      g.writeObjectFieldStart("prespecified");
      performance(g, r.atPrespecified());
      g.writeEndObject();
      g.writeObjectFieldStart("mannWhitney");
      g.writeStringField("method", r.mannWhitney().method());
      Json.number(g, "w", r.mannWhitney().statistic());
      Json.number(g, "p", r.mannWhitney().p());
      g.writeEndObject();
      g.writeArrayFieldStart("notes");
      for (String n : r.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void performance(JsonGenerator g, ThresholdPerformance p) throws IOException {
    Json.number(g, "cutGy", p.cutGy());
    g.writeNumberField("truePositives", p.truePositives());
    g.writeNumberField("falsePositives", p.falsePositives());
    g.writeNumberField("falseNegatives", p.falseNegatives());
    g.writeNumberField("trueNegatives", p.trueNegatives());
    proportion(g, "sensitivity", p.sensitivity());
    proportion(g, "specificity", p.specificity());
    proportion(g, "ppv", p.ppv());
    proportion(g, "npv", p.npv());
  }

  private static void proportion(JsonGenerator g, String name, Proportion p) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("count", p.count());
    g.writeNumberField("total", p.total());
    Json.number(g, "estimate", p.estimate());
    Json.number(g, "lower", p.lower());
    Json.number(g, "upper", p.upper());
    g.writeEndObject();
  }
}
