package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cumulative incidence with Gray's (1988) variance estimate, as {@code cmprsk::cuminc} computes it
 * (Fortran {@code cinc} in cmprsk/src/cincsub.f) and {@code cmprsk::timepoints} reads it off: the
 * value at the last cause-k event time at or before t, 0 before the first, NA after the group's
 * last follow-up. The estimate equals Aalen–Johansen; the variance is Gray's delta-method one, not
 * the jackknife. cmprsk compares times exactly (no {@code aeqSurv} merging), and so does this
 * class.
 */
public final class GrayCumulativeIncidence {

  private GrayCumulativeIncidence() {
  }

  /** Same arguments as {@link AalenJohansen#estimate}; {@code se} is the square root of Gray's variance. */
  public static CumulativeIncidenceResult estimate(double[] time, int[] status,
      List<String> causeLabels,
      GroupCoding groups, double[] times) {
    List<String> causes = CompetingRisksData.causes(time, status, causeLabels, groups, times);
    TimeGrid grid = TimeGrid.of(time, false);
    TimeGrid.Ordered ordered = grid.orderBy(groups.index(), groups.size());
    List<CumulativeIncidenceResult.Curve> curves = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int from = ordered.start()[g];
      int to = ordered.start()[g + 1];
      for (int k = 1; k <= causes.size(); k++) {
        Steps steps = cinc(grid, status, ordered.rows(), from, to, k);
        List<CumulativeIncidenceResult.At> at = new ArrayList<>(times.length);
        for (double t : times) {
          at.add(steps.at(t));
        }
        curves.add(new CumulativeIncidenceResult.Curve(groups.labels().get(g),
            causes.get(k - 1), at));
      }
    }
    return new CumulativeIncidenceResult("cumulative incidence, Gray variance (cmprsk::cuminc)",
        curves);
  }

  /** The jumps of cause k: time, estimate and variance after each, plus the group's last follow-up. */
  private record Steps(double[] time, double[] estimate, double[] variance, int size,
      double lastFollowUp) {

    CumulativeIncidenceResult.At at(double t) {
      if (Double.isNaN(lastFollowUp) || t > lastFollowUp) {
        return new CumulativeIncidenceResult.At(t, Double.NaN, Double.NaN);
      }
      int k = Arrays.binarySearch(time, 0, size, t);
      int last = k >= 0 ? k : -k - 2;
      if (last < 0) {
        return new CumulativeIncidenceResult.At(t, 0, 0);
      }
      return new CumulativeIncidenceResult.At(t, estimate[last], Math.sqrt(variance[last]));
    }
  }

  // Port of subroutine cinc: fk = overall Kaplan-Meier before the time, v1..v3 the running sums
  // of Gray's variance; v = v1 + f²·v3 − 2·f·v2 is refreshed at each cause-k event time.
  private static Steps cinc(TimeGrid grid, int[] status, int[] rows, int from, int to,
      int cause) {
    int n = to - from;
    double[] x = new double[n];
    double[] fOut = new double[n];
    double[] vOut = new double[n];
    int size = 0;
    double fk = 1;
    double f = 0;
    double v1 = 0;
    double v2 = 0;
    double v3 = 0;
    double rs = n;
    int i = from;
    while (i < to) {
      int r = grid.rank[rows[i]];
      int nd1 = 0;
      int nd2 = 0;
      int block = 0;
      for (; i < to && grid.rank[rows[i]] == r; i++) {
        int s = status[rows[i]];
        if (s == cause) {
          nd1++;
        } else if (s != 0) {
          nd2++;
        }
        block++;
      }
      int nd = nd1 + nd2;
      if (nd > 0) {
        double fkn = fk * (rs - nd) / rs;
        if (nd1 > 0) {
          f = f + fk * nd1 / rs;
        }
        if (nd2 > 0 && fkn > 0) {
          double t5 = nd2 > 1 ? 1 - (nd2 - 1.0) / (rs - 1.0) : 1;
          double t6 = fk * fk * t5 * nd2 / (rs * rs);
          double t3 = 1.0 / fkn;
          double t4 = f / fkn;
          v1 += t4 * t4 * t6;
          v2 += t3 * t4 * t6;
          v3 += t3 * t3 * t6;
        }
        if (nd1 > 0) {
          double t5 = nd1 > 1 ? 1 - (nd1 - 1.0) / (rs - 1.0) : 1;
          double t6 = fk * fk * t5 * nd1 / (rs * rs);
          double t3 = fkn > 0 ? 1 / fkn : 0;
          double t4 = 1 + t3 * f;
          v1 += t4 * t4 * t6;
          v2 += t3 * t4 * t6;
          v3 += t3 * t3 * t6;
          x[size] = grid.times[r];
          fOut[size] = f;
          vOut[size] = v1 + f * f * v3 - 2 * f * v2;
          size++;
        }
        fk = fkn;
      }
      rs -= block;
    }
    double last = n == 0 ? Double.NaN : grid.times[grid.rank[rows[to - 1]]];
    return new Steps(x, fOut, vOut, size, last);
  }
}
