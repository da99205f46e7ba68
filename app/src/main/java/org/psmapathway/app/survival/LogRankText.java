package org.psmapathway.app.survival;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.stats.survival.LogRankResult;

/**
 * {@code psma logrank} as text, laid out as R's {@code print(survdiff)} ({@code
 * survival:::print.survdiff}): N, observed, expected, (O−E)²/E and (O−E)²/V per group with
 * {@code digits = 3}, then the chi-square rounded to 1 decimal and {@code format.pval} of p.
 */
public final class LogRankText {

  private static final int DIGITS = 3;

  private LogRankText() {}

  /** @param rowPrefix R's row prefix, e.g. {@code sex=} */
  public static String render(String call, int n, int dropped, String rowPrefix, LogRankResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Call:\n").append(call).append("\n\n");
    if (dropped > 0) {
      sb.append("n=").append(n).append(", ").append(dropped)
          .append(dropped == 1 ? " observation" : " observations")
          .append(" deleted due to missingness.\n\n");
    }
    int k = r.groups().size();
    List<String> names = new ArrayList<>();
    int[] counts = new int[k];
    double[] o = new double[k];
    double[] e = new double[k];
    double[] oe2e = new double[k];
    double[] oe2v = new double[k];
    for (int i = 0; i < k; i++) {
      LogRankResult.Group g = r.groups().get(i);
      names.add(rowPrefix + g.group());
      counts[i] = g.n();
      o[i] = g.observed();
      e[i] = g.expected();
      double d = o[i] - e[i];
      oe2e[i] = d * d / e[i];
      oe2v[i] = d * d / r.variance()[i][i];
    }
    sb.append(RPrint.table(names, List.of("N", "Observed", "Expected", "(O-E)^2/E", "(O-E)^2/V"),
        List.of(RPrint.integers(counts), RPrint.column(o, DIGITS), RPrint.column(e, DIGITS),
            RPrint.column(oe2e, DIGITS), RPrint.column(oe2v, DIGITS))));
    sb.append("\n Chisq= ").append(RPrint.number(Math.round(r.statistic() * 10) / 10.0, DIGITS))
        .append("  on ").append(r.df()).append(" degrees of freedom, p= ")
        .append(RPrint.pValue(r.p(), 1)).append(" \n");
    return sb.toString();
  }
}
