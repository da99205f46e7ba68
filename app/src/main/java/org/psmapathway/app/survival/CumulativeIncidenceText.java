package org.psmapathway.app.survival;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.stats.survival.CumulativeIncidenceResult;
import org.psmapathway.stats.survival.GrayTestResult;

/**
 * {@code psma cif} as text, laid out as cmprsk's {@code print.cuminc}: Gray's tests ({@code stat,
 * pv, df} per cause), then the estimates at the requested times, one row per group and cause
 * ({@code "F pcm"}), one column per time, with R's default 7 significant digits; then the standard
 * errors ({@code $se}; cmprsk prints variances, which are their squares).
 */
public final class CumulativeIncidenceText {

  private static final int DIGITS = 7;

  private CumulativeIncidenceText() {}

  public static String render(String call, int dropped, CumulativeIncidenceResult r,
      GrayTestResult gray, double[] times, boolean grouped) {
    StringBuilder sb = new StringBuilder();
    sb.append("Call: ").append(call).append("\n");
    sb.append("Method: ").append(r.method()).append("\n\n");
    if (dropped > 0) {
      sb.append("   ").append(dropped).append(dropped == 1 ? " observation" : " observations")
          .append(" deleted due to missingness \n\n");
    }
    if (gray != null) {
      sb.append("Tests:\n");
      int k = gray.causes().size();
      List<String> names = new ArrayList<>();
      double[] stat = new double[k];
      double[] pv = new double[k];
      int[] df = new int[k];
      for (int i = 0; i < k; i++) {
        GrayTestResult.Cause c = gray.causes().get(i);
        names.add(c.cause());
        stat[i] = c.statistic();
        pv[i] = c.p();
        df[i] = c.df();
      }
      sb.append(RPrint.table(names, List.of("stat", "pv", "df"), List.of(
          RPrint.column(stat, DIGITS), RPrint.column(pv, DIGITS), RPrint.integers(df))));
    }
    sb.append("Estimates and standard errors:\n");
    List<String> rows = new ArrayList<>();
    for (CumulativeIncidenceResult.Curve c : r.groups()) {
      rows.add(grouped ? c.group() + " " + c.cause() : c.cause());
    }
    sb.append("$est\n").append(matrix(rows, r, times, true)).append("\n");
    sb.append("$se\n").append(matrix(rows, r, times, false));
    return sb.toString();
  }

  private static String matrix(List<String> rows, CumulativeIncidenceResult r, double[] times,
      boolean estimate) {
    List<String> headers = new ArrayList<>();
    List<String[]> columns = new ArrayList<>();
    for (int j = 0; j < times.length; j++) {
      headers.add(RPrint.number(times[j], DIGITS));
      double[] col = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        CumulativeIncidenceResult.At a = r.groups().get(i).at().get(j);
        col[i] = estimate ? a.estimate() : a.se();
      }
      columns.add(RPrint.column(col, DIGITS));
    }
    return RPrint.table(rows, headers, columns);
  }
}
