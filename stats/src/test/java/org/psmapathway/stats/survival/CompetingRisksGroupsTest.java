package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three groups, two strata, tied times, an event at time 0 and a cause absent from one group. Data
 * and expected values from R 4.2.2 (survival 3.5-3, cmprsk 2.2-11):
 * <pre>
 * set.seed(42); n &lt;- 30; time &lt;- round(rexp(n, 0.1)); st &lt;- sample(0:2, n, TRUE, c(.3, .4,
 * .3)) grp &lt;- rep(c("a", "b", "c"), length.out = n); str &lt;- rep(1:2, each = 15)
 * summary(survfit(Surv(time, factor(st, 0:2)) ~ grp), times = c(3, 8, 15)); timepoints(cuminc(time,
 * st, grp), c(3, 8, 15)) survdiff(Surv(time, st &gt; 0) ~ grp + strata(str)); survdiff(Surv(time,
 * st &gt; 0) ~ grp, rho = 1)
 * </pre>
 */
class CompetingRisksGroupsTest {

  private static final double[] TIME = {2, 7, 3, 0, 5, 15, 3, 4, 12, 7, 13, 24, 1, 1, 13, 3, 5, 6,
      12, 4, 49, 7, 50, 2,
    12, 7, 13, 3, 2, 13};
  private static final int[] STATUS = {0, 1, 0, 2, 1, 1, 2, 2, 0, 0, 2, 0, 1, 1, 0, 2, 1, 1, 1, 1,
      2, 1, 0, 1, 1, 2, 1,
    2, 1, 1};
  private static final double[] TIMES = {3, 8, 15};
  private static final double NA = Double.NaN;

  private static GroupCoding groups() {
    String[] g = new String[TIME.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = List.of("a", "b", "c").get(i % 3);
    }
    return GroupCoding.ofLabels(g);
  }

  // [group][cause][time]
  private static final double[][][] CIF = {
    {{0.1, 0.214285714285714, NA}, {0.442857142857143, 0.442857142857143, NA}},
    {{0.2, 0.6, 0.6}, {0, 0.2, 0.3}},
    {{0.1, 0.2125, 0.65}, {0, 0, 0}},
  };
  private static final double[][][] AJ_SE = {
    {{0.0948683298050514, 0.1350412959190578, NA}, {0.165747709507544, 0.165747709507544, NA}},
    {{0.1264911064067352, 0.1549193338482967, 0.1549193338482967}, {0, 0.126491106406735,
        0.144913767461894}},
    {{0.0948683298050514, 0.1340329950049614, 0.1848610589364648}, {0, 0, 0}},
  };
  private static final double[][][] GRAY_VAR = {
    {{0.0101234567901235, 0.0226077097505669, NA}, {0.0317913832199546, 0.0317913832199546,
        NA}},
    {{0.0179012345679012, 0.0284753086419752, 0.0284753086419752}, {0, 0.0193410493827161,
        0.0270729166666667}},
    {{0.01, 0.0203125, 0.0468873456790123}, {0, 0, 0}},
  };

  @Test
  void aalenJohansenByGroupMatchesSurvfit() {
    CumulativeIncidenceResult r = AalenJohansen.estimate(TIME, STATUS, List.of("x", "y"),
        groups(), TIMES);
    check(r, AJ_SE, false);
  }

  @Test
  void grayByGroupMatchesCuminc() {
    CumulativeIncidenceResult r = GrayCumulativeIncidence.estimate(TIME, STATUS, List.of("x",
        "y"), groups(),
        TIMES);
    check(r, GRAY_VAR, true);
  }

  private static void check(CumulativeIncidenceResult r, double[][][] spread, boolean variance) {
    assertThat(r.groups()).hasSize(6);
    for (int g = 0; g < 3; g++) {
      for (int c = 0; c < 2; c++) {
        CumulativeIncidenceResult.Curve curve = r.groups().get(2 * g + c);
        assertThat(curve.group()).isEqualTo(List.of("a", "b", "c").get(g));
        assertThat(curve.cause()).isEqualTo(List.of("x", "y").get(c));
        for (int k = 0; k < 3; k++) {
          CumulativeIncidenceResult.At at = curve.at().get(k);
          String what = curve.group() + " " + curve.cause() + " t=" + at.time();
          assertAbsoluteOrRelative(at.estimate(), CIF[g][c][k], what + " estimate");
          assertAbsoluteOrRelative(variance ? at.se() * at.se() : at.se(),
              spread[g][c][k], what + " spread");
        }
      }
    }
  }

  private static void assertAbsoluteOrRelative(double actual, double expected, String what) {
    if (expected == 0) {
      assertThat(actual).as(what).isZero();
    } else {
      assertClose(what, actual, expected, 1e-12);
    }
  }

  @Test
  void stratifiedLogRankAndPetoPetoWithThreeGroupsMatchSurvdiff() {
    int[] event = new int[STATUS.length];
    int[] stratum = new int[STATUS.length];
    for (int i = 0; i < event.length; i++) {
      event[i] = STATUS[i] > 0 ? 1 : 0;
      stratum[i] = i < 15 ? 0 : 1;
    }
    LogRankResult s = LogRank.test(TIME, event, groups(), stratum, 2, 0);
    assertClose("stratified chisq", s.statistic(), 5.62131403097417, 1e-12);
    assertThat(s.df()).isEqualTo(2);
    double[] expected = {1.46554834054834 + 3.75862470862471,
        2.76641414141414 + 4.00124320124320,
      4.76803751803752 + 6.24013209013209};
    double[] observed = {8, 9, 6};
    for (int g = 0; g < 3; g++) {
      assertClose("E " + g, s.groups().get(g).expected(), expected[g], 1e-12);
      assertThat(s.groups().get(g).observed()).isEqualTo(observed[g]);
    }
    LogRankResult p = LogRank.test(TIME, event, groups(), null, 0, 1);
    assertClose("Peto-Peto chisq", p.statistic(), 6.73839218135066, 1e-12);
    double[][] v = {{1.892450559930435, -0.870733431485664, -1.02171712844477},
      {-0.870733431485664, 2.153497393233838, -1.28276396174817},
      {-1.02171712844477, -1.282763961748174, 2.30448109019294}};
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        assertClose("V " + a + b, p.variance()[a][b], v[a][b], 1e-12);
      }
    }
  }
}
