package org.psmapathway.stats.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-text rendering of a result in the layout of metafor's {@code print.rma.uni} (R/print.rma.uni.r,
 * digits = 4) and {@code print.list.rma} for {@code predict()}, so reviewers see what they see in R.
 * Returns a String; writes nothing.
 */
public final class MetaforText {
  private static final String SIGNIF =
      "Signif. codes:  0 \u2018***\u2019 0.001 \u2018**\u2019 0.01 \u2018*\u2019 0.05 \u2018.\u2019 0.1 \u2018 \u2019 1";

  private MetaforText() {
  }

  /** The {@code print(rma(...))} block, starting and ending with a blank line as R does. */
  public static String render(MetaResult r) {
    StringBuilder sb = new StringBuilder("\n");
    boolean fe = r.method().equals("FE");
    if (fe) {
      sb.append("Fixed-Effects Model (k = ").append(r.k()).append(")\n\n");
    } else {
      sb.append("Random-Effects Model (k = ").append(r.k()).append("; tau^2 estimator: ").append(r.method())
          .append(")\n\n");
      sb.append("tau^2 (estimated amount of total heterogeneity): ").append(f4(r.tau2()));
      if (!Double.isNaN(r.tau2Se())) {
        sb.append(" (SE = ").append(f4(r.tau2Se())).append(')');
      }
      sb.append('\n');
      sb.append("tau (square root of estimated tau^2 value):      ").append(f4(Math.sqrt(r.tau2()))).append('\n');
    }
    sb.append("I^2 (total heterogeneity / total variability):   ").append(f2(r.I2())).append("%\n");
    sb.append("H^2 (total variability / sampling variability):  ").append(f2(r.H2())).append("\n\n");
    sb.append("Test for Heterogeneity:\n");
    sb.append("Q(df = ").append(r.Qdf()).append(") = ").append(f4(r.Q())).append(", p-val ")
        .append(pvalWithRelation(r.Qp())).append("\n\n");
    sb.append("Model Results:\n\n");
    boolean knha = r.test().equals("knha");
    List<String[]> cols = new ArrayList<>();
    cols.add(new String[] {"estimate", f4(r.estimate())});
    cols.add(new String[] {"se", f4(r.se())});
    cols.add(new String[] {knha ? "tval" : "zval", f4(r.statistic())});
    if (knha) {
      cols.add(new String[] {"df", Integer.toString(r.k() - 1)});
    }
    cols.add(new String[] {"pval", pval(r.p())});
    cols.add(new String[] {"ci.lb", f4(r.lower())});
    cols.add(new String[] {"ci.ub", f4(r.upper())});
    cols.add(new String[] {"", stars(r.p()) + " "});
    StringBuilder head = new StringBuilder();
    StringBuilder val = new StringBuilder();
    for (int c = 0; c < cols.size(); c++) {
      String[] col = cols.get(c);
      int w = Math.max(col[0].length(), col[1].length());
      if (c > 0) {
        head.append("  ");
        val.append("  ");
      }
      head.append(pad(col[0], w));
      val.append(pad(col[1], w));
    }
    sb.append(head).append('\n').append(val).append("\n\n");
    sb.append("---\n").append(SIGNIF).append("\n\n");
    return sb.toString();
  }

  /** The {@code print(predict(rma(...)))} block: pred, se, ci.lb, ci.ub and, for RE, pi.lb, pi.ub. */
  public static String renderPrediction(MetaResult r) {
    List<String[]> cols = new ArrayList<>();
    cols.add(new String[] {"pred", f4(r.estimate())});
    cols.add(new String[] {"se", f4(r.se())});
    cols.add(new String[] {"ci.lb", f4(r.lower())});
    cols.add(new String[] {"ci.ub", f4(r.upper())});
    if (!Double.isNaN(r.predictionLower())) {
      cols.add(new String[] {"pi.lb", f4(r.predictionLower())});
      cols.add(new String[] {"pi.ub", f4(r.predictionUpper())});
    }
    StringBuilder head = new StringBuilder();
    StringBuilder val = new StringBuilder();
    for (String[] col : cols) {
      int w = Math.max(col[0].length(), col[1].length());
      head.append(' ').append(pad(col[0], w));
      val.append(' ').append(pad(col[1], w));
    }
    return "\n" + head + " \n" + val + " \n\n";
  }

  private static String pad(String s, int w) {
    return " ".repeat(w - s.length()) + s;
  }

  private static String f4(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.4f", x);
  }

  private static String f2(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  /** metafor .pval(digits = 4): "<.0001" below 1e-4. */
  private static String pval(double p) {
    if (Double.isNaN(p)) {
      return "NA";
    }
    return p < 1e-4 ? "<.0001" : String.format(Locale.ROOT, "%.4f", p);
  }

  private static String pvalWithRelation(double p) {
    return p < 1e-4 ? "< .0001" : "= " + String.format(Locale.ROOT, "%.4f", p);
  }

  private static String stars(double p) {
    if (p < 0.001) {
      return "***";
    }
    if (p < 0.01) {
      return "**";
    }
    if (p < 0.05) {
      return "*";
    }
    return p < 0.1 ? "." : " ";
  }
}
