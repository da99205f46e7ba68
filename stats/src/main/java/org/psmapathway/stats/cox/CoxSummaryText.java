package org.psmapathway.stats.cox;

import java.util.Locale;

/**
 * A text rendering laid out like R's {@code print.coxph}: one line per coefficient with coef, exp(coef),
 * se(coef), z and p (plus robust se when it was used), then the likelihood-ratio test, n and events.
 * Numbers are formatted with 6 significant digits; the caller decides where the text goes.
 */
final class CoxSummaryText {

  private CoxSummaryText() {
  }

  static String render(CoxFit fit) {
    StringBuilder sb = new StringBuilder();
    int w = 4;
    for (Coefficient c : fit.coefficients()) {
      w = Math.max(w, c.term().length());
    }
    sb.append(pad("", w));
    for (String h : new String[] {"coef", "exp(coef)", "se(coef)", "robust se", "z", "p"}) {
      sb.append(' ').append(pad(h, 12));
    }
    sb.append('\n');
    for (Coefficient c : fit.coefficients()) {
      sb.append(c.term()).append(" ".repeat(w - c.term().length())); // names left-aligned as in R
      for (double v : new double[] {c.coef(), c.hr(), c.se(), c.robustSe(), c.z(), c.p()}) {
        sb.append(' ').append(pad(num(v), 12));
      }
      sb.append('\n');
    }
    TestStatistic lr = fit.tests().lr();
    sb.append('\n').append("Likelihood ratio test=").append(num(lr.statistic())).append("  on ").append(lr.df())
        .append(" df, p=").append(num(lr.p())).append('\n');
    sb.append("n= ").append(fit.n()).append(", number of events= ").append(fit.events()).append('\n');
    if (fit.dropped() > 0) {
      sb.append("   (").append(fit.dropped()).append(fit.dropped() == 1 ? " observation" : " observations")
          .append(" deleted due to missingness)\n");
    }
    sb.append("Concordance= ").append(num(fit.concordance().value())).append("  (se = ")
        .append(num(fit.concordance().se())).append(")\n");
    for (String warning : fit.warnings()) {
      sb.append("Warning: ").append(warning).append('\n');
    }
    return sb.toString();
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      return s;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
  }
}
