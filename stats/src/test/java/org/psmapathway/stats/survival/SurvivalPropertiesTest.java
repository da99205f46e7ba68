package org.psmapathway.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random data: invariants any correct estimator keeps. */
class SurvivalPropertiesTest {

  private static final int CASES = 200;

  private record Data(double[] time, int[] event, int[] group) {
  }

  private static Data random(SplittableRandom rnd) {
    int groups = 2 + rnd.nextInt(3);
    int n = groups + rnd.nextInt(80);
    double[] time = new double[n];
    int[] event = new int[n];
    int[] group = new int[n];
    boolean coarse = rnd.nextBoolean(); // many ties
    for (int i = 0; i < n; i++) {
      double t = -Math.log(1 - rnd.nextDouble()) * 100;
      time[i] = coarse ? Math.floor(t / 20) * 20 : t;
      event[i] = rnd.nextDouble() < 0.6 ? 1 : 0;
      group[i] = i < groups ? i : rnd.nextInt(groups); // every group present
    }
    return new Data(time, event, group);
  }

  @Test
  void survivalIsNonIncreasingAndWithinZeroOne() {
    SplittableRandom rnd = new SplittableRandom(20261123L);
    for (int c = 0; c < CASES; c++) {
      Data d = random(rnd);
      for (KaplanMeierCurve curve : KaplanMeier.fit(d.time, d.event,
          GroupCoding.ofCodes(d.group),
          KaplanMeierOptions.R_DEFAULT).curves()) {
        double previous = 1;
        for (int k = 0; k < curve.steps(); k++) {
          double s = curve.survival()[k];
          assertThat(s).as("case %d step %d", c, k).isBetween(0.0, previous);
          if (!Double.isNaN(curve.lower()[k])) {
            assertThat(curve.lower()[k]).isLessThanOrEqualTo(s).isGreaterThanOrEqualTo(
                0);
            assertThat(curve.upper()[k]).isGreaterThanOrEqualTo(s).isLessThanOrEqualTo(
                1);
          }
          previous = s;
        }
      }
    }
  }

  @Test
  void kaplanMeierDoesNotDependOnRowOrder() {
    SplittableRandom rnd = new SplittableRandom(7L);
    for (int c = 0; c < CASES; c++) {
      Data d = random(rnd);
      int[] perm = permutation(d.time.length, rnd);
      double[] t2 = new double[perm.length];
      int[] e2 = new int[perm.length];
      int[] g2 = new int[perm.length];
      for (int i = 0; i < perm.length; i++) {
        t2[i] = d.time[perm[i]];
        e2[i] = d.event[perm[i]];
        g2[i] = d.group[perm[i]];
      }
      KaplanMeierFit a = KaplanMeier.fit(d.time, d.event, GroupCoding.ofCodes(d.group),
          KaplanMeierOptions.R_DEFAULT);
      KaplanMeierFit b = KaplanMeier.fit(t2, e2, GroupCoding.ofCodes(g2),
          KaplanMeierOptions.R_DEFAULT);
      for (int g = 0; g < a.curves().size(); g++) {
        assertThat(b.curves().get(g).time()).isEqualTo(a.curves().get(g).time());
        assertThat(b.curves().get(g).survival()).isEqualTo(a.curves().get(g).survival());
        assertThat(b.curves().get(g).stdErr()).isEqualTo(a.curves().get(g).stdErr());
        assertThat(b.curves().get(g).median()).isEqualTo(a.curves().get(g).median());
      }
    }
  }

  @Test
  void logRankDoesNotDependOnGroupLabels() {
    SplittableRandom rnd = new SplittableRandom(11L);
    for (int c = 0; c < CASES; c++) {
      Data d = random(rnd);
      if (!hasEvent(d.event)) {
        continue;
      }
      int levels = 0;
      for (int g : d.group) {
        levels = Math.max(levels, g + 1);
      }
      int[] relabel = permutation(levels, rnd);
      int[] g2 = new int[d.group.length];
      for (int i = 0; i < g2.length; i++) {
        g2[i] = 10 * relabel[d.group[i]];
      }
      LogRankResult a = LogRank.test(d.time, d.event, GroupCoding.ofCodes(d.group), null, 0,
          c % 2);
      LogRankResult b = LogRank.test(d.time, d.event, GroupCoding.ofCodes(g2), null, 0,
          c % 2);
      assertThat(b.df()).isEqualTo(a.df());
      assertThat(b.statistic()).as("case %d", c).isCloseTo(a.statistic(),
          org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, a.statistic())));
      for (int g = 0; g < levels; g++) {
        LogRankResult.Group ga = a.groups().get(g);
        LogRankResult.Group gb = b.groups().get(relabel[g]);
        assertThat(gb.n()).isEqualTo(ga.n());
        assertThat(gb.observed()).isEqualTo(ga.observed());
        assertThat(gb.expected()).isCloseTo(ga.expected(),
            org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @Test
  void aalenJohansenEstimateEqualsGrayAndSumsWithEventFreeToOne() {
    SplittableRandom rnd = new SplittableRandom(3L);
    for (int c = 0; c < CASES; c++) {
      Data d = random(rnd);
      int[] status = new int[d.event.length];
      for (int i = 0; i < status.length; i++) {
        status[i] = d.event[i] == 0 ? 0 : 1 + rnd.nextInt(2);
      }
      double[] times = {0, 10, 50, 100, 1e9};
      CumulativeIncidenceResult aj = AalenJohansen.estimate(d.time, status,
          java.util.List.of("a", "b"),
          GroupCoding.single(status.length), times);
      CumulativeIncidenceResult gray = GrayCumulativeIncidence.estimate(d.time, status,
          java.util.List.of("a", "b"), GroupCoding.single(status.length), times);
      KaplanMeierCurve km = KaplanMeier.fit(d.time, d.event, KaplanMeierOptions.R_DEFAULT);
      for (int k = 0; k < times.length; k++) {
        double fa = aj.groups().get(0).at().get(k).estimate();
        double fb = aj.groups().get(1).at().get(k).estimate();
        double s = km.at(new double[] {times[k]}, false).get(0).survival();
        if (Double.isNaN(s)) {
          assertThat(fa).isNaN();
          continue;
        }
        assertThat(fa + fb + s).as("case %d t %s", c, times[k]).isCloseTo(1,
            org.assertj.core.data.Offset.offset(1e-12));
        assertThat(gray.groups().get(0).at().get(k).estimate()).isCloseTo(fa,
            org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  private static boolean hasEvent(int[] event) {
    for (int e : event) {
      if (e == 1) {
        return true;
      }
    }
    return false;
  }

  private static int[] permutation(int n, SplittableRandom rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
