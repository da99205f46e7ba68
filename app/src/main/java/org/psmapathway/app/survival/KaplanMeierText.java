package org.psmapathway.app.survival;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.stats.survival.KaplanMeierCurve;
import org.psmapathway.stats.survival.KaplanMeierFit;
import org.psmapathway.stats.survival.KaplanMeierSummary;
import org.psmapathway.stats.survival.LogRankResult;
import org.psmapathway.stats.survival.SurvivalAt;

/**
 * {@code psma km} as text: R's {@code print(survfit)} (n, events, median and its CI per group),
 * then {@code summary(survfit, times = at)} per group when times are given, then the log-rank test
 * as {@code survdiff} reports it when the curves are grouped. Numbers are formatted as R prints
 * them ({@code digits = 3}, see {@link RPrint}), so the output can be compared with R's line by
 * line.
 */
public final class KaplanMeierText {

  private static final int DIGITS = 3;

  private KaplanMeierText() {}

  /**
   * @param call      R's call for the {@code Call:} line, e.g.
   *                  {@code survfit(formula = Surv(time, status) ~ sex, data = lung.csv)}
   * @param rowPrefix R's strata prefix ({@code "sex="}), or null for one curve
   * @param times     the requested times, sorted (R sorts them)
   * @param logRank   the test between the groups, or null
   */
  public static String render(String call, boolean reverse, int dropped, String rowPrefix,
      KaplanMeierFit fit, KaplanMeierSummary summary, double level, double[] times,
      LogRankResult logRank) {
    StringBuilder sb = new StringBuilder();
    sb.append("Call: ").append(call).append("\n");
    if (reverse) {
      sb.append("Reverse Kaplan-Meier (censoring as the event): median potential follow-up\n");
    }
    sb.append("\n");
    if (dropped > 0) {
      sb.append("   ").append(dropped).append(dropped == 1 ? " observation" : " observations")
          .append(" deleted due to missingness \n");
    }
    List<KaplanMeierSummary.Group> groups = summary.groups();
    int n = groups.size();
    List<String> names = new ArrayList<>();
    int[] counts = new int[n];
    int[] events = new int[n];
    double[] median = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      KaplanMeierSummary.Group g = groups.get(i);
      names.add(rowPrefix == null ? "[" + (i + 1) + ",]" : rowPrefix + g.group());
      counts[i] = g.n();
      events[i] = g.events();
      median[i] = g.median();
      lower[i] = g.medianLower();
      upper[i] = g.medianUpper();
    }
    String lvl = RPrint.number(level, 7);
    sb.append(RPrint.table(names, List.of("n", "events", "median", lvl + "LCL", lvl + "UCL"),
        List.of(RPrint.integers(counts), RPrint.integers(events), RPrint.column(median, DIGITS),
            RPrint.column(lower, DIGITS), RPrint.column(upper, DIGITS))));
    if (times.length > 0) {
      sb.append("\n");
      for (int i = 0; i < n; i++) {
        if (rowPrefix != null) {
          sb.append("                ").append(names.get(i)).append(" \n");
        }
        sb.append(atTable(fit.curves().get(i), groups.get(i).at(), level));
        sb.append("\n");
      }
    }
    if (logRank != null) {
      sb.append(rowPrefix == null || times.length > 0 ? "" : "\n");
      sb.append("Log-rank test (survdiff): Chisq= ")
          .append(RPrint.number(Math.round(logRank.statistic() * 10) / 10.0, DIGITS))
          .append("  on ").append(logRank.df()).append(" degrees of freedom, p= ")
          .append(RPrint.pValue(logRank.p(), 1)).append(" \n");
    }
    return sb.toString();
  }

  /**
   * One group of {@code summary(fit, times)}: rows past the group's last follow-up are left out
   * as R leaves them out; {@code n.event} counts the events since the previous requested time.
   */
  private static String atTable(KaplanMeierCurve curve, List<SurvivalAt> at, double level) {
    List<double[]> rows = new ArrayList<>();
    double previous = Double.NEGATIVE_INFINITY;
    for (SurvivalAt a : at) {
      if (Double.isNaN(a.survival())) {
        continue;
      }
      int d = 0;
      for (int k = 0; k < curve.steps(); k++) {
        if (curve.time()[k] > previous && curve.time()[k] <= a.time()) {
          d += curve.nEvent()[k];
        }
      }
      previous = a.time();
      rows.add(new double[] {a.time(), a.nRisk(), d, a.survival(), a.se(), a.lower(), a.upper()});
    }
    int m = rows.size();
    double[][] cols = new double[7][m];
    for (int r = 0; r < m; r++) {
      for (int c = 0; c < 7; c++) {
        cols[c][r] = rows.get(r)[c];
      }
    }
    String pct = RPrint.number(level * 100, 7);
    List<String> empty = new ArrayList<>();
    for (int r = 0; r < m; r++) {
      empty.add("");
    }
    return RPrint.table(empty, List.of("time", "n.risk", "n.event", "survival", "std.err",
            "lower " + pct + "% CI", "upper " + pct + "% CI"),
        List.of(RPrint.column(cols[0], DIGITS), RPrint.column(cols[1], DIGITS),
            RPrint.column(cols[2], DIGITS), RPrint.column(cols[3], DIGITS),
            RPrint.column(cols[4], DIGITS), RPrint.column(cols[5], DIGITS),
            RPrint.column(cols[6], DIGITS)));
  }
}
