package org.psmapathway.app;

import java.util.Locale;
import org.psmapathway.stats.meta.CumulativeRow;
import org.psmapathway.stats.meta.LeaveOneOutRow;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.MetaforText;
import org.psmapathway.stats.meta.ModeratorCoefficient;
import org.psmapathway.stats.meta.Subgroup;

/**
 * Text of {@code psma meta}: the model in metafor's {@code print.rma.uni} layout and
 * {@code predict()} (exponentiated for ratio measures, as {@code predict(res, transf = exp)}),
 * then each requested analysis as a table with 4 decimals.
 */
final class MetaText {

  private MetaText() {}

  static String render(MetaReport report) {
    MetaResult r = report.model();
    StringBuilder sb = new StringBuilder();
    if (!"requested".equals(r.modelChoice())) {
      sb.append("Model choice: ").append(r.modelChoice()).append('\n');
    }
    sb.append(MetaforText.render(r));
    sb.append("Pooled estimate").append(r.exp() != null ? " (log scale)" : "").append(':');
    sb.append(MetaforText.renderPrediction(r));
    if (r.exp() != null) {
      var e = r.exp();
      sb.append(String.format(Locale.ROOT, "Exponentiated: %s %s [%s, %s]", report.measure().name(),
          f(e.estimate()), f(e.lower()), f(e.upper())));
      if (!Double.isNaN(e.predictionLower())) {
        sb.append(String.format(Locale.ROOT, ", prediction interval [%s, %s]",
            f(e.predictionLower()), f(e.predictionUpper())));
      }
      sb.append("\n\n");
    }
    if (!r.leaveOneOut().isEmpty()) {
      sb.append("Leave-one-out:\n");
      sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s %9s%n", "omitted", "estimate",
          "ci.lb", "ci.ub", "pval", "tau2", "I2"));
      for (LeaveOneOutRow l : r.leaveOneOut()) {
        sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s %9s%n", l.omitted(),
            f(l.estimate()), f(l.lower()), f(l.upper()), f(l.p()), f(l.tau2()), f2(l.I2())));
      }
      sb.append('\n');
    }
    if (report.cumulative() != null) {
      sb.append("Cumulative (in file order):\n");
      sb.append(String.format(Locale.ROOT, "%-28s %3s %9s %9s %9s %9s %9s%n", "added", "k",
          "estimate", "ci.lb", "ci.ub", "tau2", "I2"));
      for (CumulativeRow c : report.cumulative()) {
        sb.append(String.format(Locale.ROOT, "%-28s %3d %9s %9s %9s %9s %9s%n", c.added(), c.k(),
            f(c.estimate()), f(c.lower()), f(c.upper()), f(c.tau2()), f2(c.I2())));
      }
      sb.append('\n');
    }
    if (report.subgroups() != null) {
      sb.append("Subgroups:\n");
      sb.append(String.format(Locale.ROOT, "%-20s %3s %9s %9s %9s %9s %9s %9s%n", "group", "k",
          "estimate", "ci.lb", "ci.ub", "tau2", "I2", "Qp"));
      for (Subgroup s : report.subgroups().subgroups()) {
        MetaResult g = s.result();
        sb.append(String.format(Locale.ROOT, "%-20s %3d %9s %9s %9s %9s %9s %9s%n", s.group(), g.k(),
            f(g.estimate()), f(g.lower()), f(g.upper()), f(g.tau2()), f2(g.I2()), f(g.Qp())));
      }
      var b = report.subgroups().betweenSubgroups();
      sb.append(String.format(Locale.ROOT, "Test for subgroup differences: Q(df = %d) = %s, p-val = %s%n%n",
          b.Qdf(), f(b.Q()), f(b.Qp())));
    }
    if (report.regression() != null) {
      var m = report.regression();
      sb.append(String.format(Locale.ROOT, "Meta-regression (k = %d; tau^2 estimator: %s)%n", m.k(),
          m.method()));
      sb.append(String.format(Locale.ROOT, "tau^2 (residual) = %s, I^2 = %s%%, R^2 = %s%%%n",
          f(m.tau2()), f2(m.I2()), f2(m.R2())));
      sb.append(String.format(Locale.ROOT, "Test of moderators: QM(df = %d) = %s, p-val = %s%n", m.QMdf(),
          f(m.QM()), f(m.QMp())));
      sb.append(String.format(Locale.ROOT, "Residual heterogeneity: QE(df = %d) = %s, p-val = %s%n",
          m.QEdf(), f(m.QE()), f(m.QEp())));
      sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %9s %9s %9s%n", "", "estimate", "se",
          "stat", "pval", "ci.lb", "ci.ub"));
      for (ModeratorCoefficient c : m.moderators()) {
        sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %9s %9s %9s%n", c.term(),
            f(c.estimate()), f(c.se()), f(c.statistic()), f(c.p()), f(c.lower()), f(c.upper())));
      }
      sb.append('\n');
    }
    if (report.egger() != null) {
      var e = report.egger();
      sb.append(String.format(Locale.ROOT,
          "Egger's regression test for funnel plot asymmetry (model %s): %s = %s, p = %s; "
              + "limit estimate (as sei -> 0) %s%n%n",
          e.model(), Double.isNaN(e.df()) ? "z" : "t(" + (int) e.df() + ")", f(e.statistic()),
          f(e.p()), f(e.limitEstimate())));
    }
    if (report.trimfill() != null) {
      var t = report.trimfill();
      MetaResult a = t.adjusted();
      sb.append(String.format(Locale.ROOT,
          "Trim-and-fill (%s): estimated number of missing studies on the %s side: %d%n"
              + "adjusted estimate %s [%s, %s] (k = %d)%n%n",
          t.estimator(), t.side(), t.k0(), f(a.estimate()), f(a.lower()), f(a.upper()), a.k()));
    }
    return sb.toString();
  }

  private static String f(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.4f", x);
  }

  private static String f2(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
  }
}
