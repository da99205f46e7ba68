package org.psmapathway.app;

import org.psmapathway.stats.cox.CoxFit;
import org.psmapathway.stats.cox.CoxZph;
import org.psmapathway.stats.cox.TestStatistic;

/**
 * The text of {@code psma cox}, laid out as R's {@code summary(coxph(...))} (survival
 * R/print.summary.coxph.R): n and events, the coefficient table, the hazard ratios with their
 * confidence limits, concordance, the three global tests; then {@code print(cox.zph(fit))} when
 * asked for.
 */
final class CoxText {

  private CoxText() {}

  static String render(CoxReport r) {
    CoxFit f = r.fit();
    StringBuilder sb = new StringBuilder();
    sb.append("coxph: ").append(r.model()).append("  (ties: ")
        .append(f.ties().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
    sb.append("  n= ").append(f.n()).append(", number of events= ").append(f.events()).append('\n');
    if (f.dropped() > 0) {
      sb.append("   (").append(f.dropped())
          .append(f.dropped() == 1 ? " observation" : " observations")
          .append(" deleted due to missingness)\n");
    }
    sb.append('\n').append(CoefficientTable.estimates(f.coefficients(), r.robust()));
    sb.append('\n').append(CoefficientTable.hazardRatios(f.coefficients(), r.confLevel()));
    sb.append('\n').append("Concordance= ").append(RFormat.signif(f.concordance().value(), 3))
        .append("  (se = ").append(RFormat.signif(f.concordance().se(), 3)).append(" )\n");
    test(sb, "Likelihood ratio test", f.tests().lr());
    test(sb, r.robust() ? "Wald test (robust)   " : "Wald test            ", f.tests().wald());
    test(sb, "Score (logrank) test ", f.tests().score());
    for (String w : f.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    if (r.zph() != null) {
      sb.append('\n').append("Test of proportional hazards, cox.zph(transform = \"")
          .append(r.zph().transform()).append("\"):\n");
      TextTable t = new TextTable("", "chisq", "df", "p");
      for (CoxZph.Row z : r.zph().rows()) {
        t.row(z.term(), RFormat.signif(z.chisq(), 4), Integer.toString(z.df()),
            RFormat.pValue(z.p(), 2));
      }
      sb.append(t.render());
    }
    return sb.toString();
  }

  private static void test(StringBuilder sb, String name, TestStatistic t) {
    sb.append(name).append("= ").append(RFormat.signif(t.statistic(), 4)).append("  on ")
        .append(t.df()).append(" df,   p=").append(RFormat.pValue(t.p(), 1)).append('\n');
  }
}
