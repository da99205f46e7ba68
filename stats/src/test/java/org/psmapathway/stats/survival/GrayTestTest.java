package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gray's test against cmprsk 2.2-11 {@code cuminc(...)$Tests} (R 4.2.2). mgus2:
 * {@code cuminc(etime, st, sex)} and {@code rho = 1}; the small three-group data of
 * {@link CompetingRisksGroupsTest}: {@code strata = str} and {@code rho = 0.5}. Statistic 1e-10
 * relative; p 1e-9 relative (cmprsk's 1 − pchisq keeps ~15 digits of p only when p is not small).
 */
class GrayTestTest {

  @Test
  void mgus2BySexMatchesCuminc() {
    GroupCoding sex = GroupCoding.ofLabels(CompetingRisksTest.MGUS2.texts("sex"));
    assertThat(sex.labels()).containsExactly("F", "M");
    GrayTestResult r0 = GrayTest.test(CompetingRisksTest.TIME, CompetingRisksTest.STATUS,
        List.of("pcm", "death"),
        sex, null, 0, 0);
    check(r0.causes().get(0), "pcm", 1.19450782507551, 0.274422156788004190, 1);
    check(r0.causes().get(1), "death", 11.65125901212774, 0.000641590976407924, 1);
    GrayTestResult r1 = GrayTest.test(CompetingRisksTest.TIME, CompetingRisksTest.STATUS,
        List.of("pcm", "death"),
        sex, null, 0, 1);
    check(r1.causes().get(0), "pcm", 1.22935883355998, 0.26753176591426897, 1);
    check(r1.causes().get(1), "death", 13.93050971494866, 0.00018969427813087, 1);
  }

  @Test
  void stratifiedAndWeightedThreeGroupsMatchCuminc() {
    double[] time = {2, 7, 3, 0, 5, 15, 3, 4, 12, 7, 13, 24, 1, 1, 13, 3, 5, 6, 12, 4, 49, 7,
        50, 2, 12, 7, 13, 3,
      2, 13};
    int[] status = {0, 1, 0, 2, 1, 1, 2, 2, 0, 0, 2, 0, 1, 1, 0, 2, 1, 1, 1, 1, 2, 1, 0, 1, 1,
        2, 1, 2, 1, 1};
    String[] g = new String[time.length];
    int[] stratum = new int[time.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = List.of("a", "b", "c").get(i % 3);
      stratum[i] = i < 15 ? 0 : 1;
    }
    GroupCoding groups = GroupCoding.ofLabels(g);
    GrayTestResult s = GrayTest.test(time, status, null, groups, stratum, 2, 0);
    check(s.causes().get(0), "1", 0.976228202768796, 0.6137828355759481, 2);
    check(s.causes().get(1), "2", 5.273477838772432, 0.0715943642728687, 2);
    GrayTestResult w = GrayTest.test(time, status, null, groups, null, 0, 0.5);
    check(w.causes().get(0), "1", 0.827391946900528, 0.6612019436564616, 2);
    check(w.causes().get(1), "2", 5.571696015998445, 0.0616767644586393, 2);
  }

  private static void check(GrayTestResult.Cause c, String cause, double stat, double p, int df) {
    assertThat(c.cause()).isEqualTo(cause);
    assertThat(c.df()).isEqualTo(df);
    assertClose(cause + " statistic", c.statistic(), stat, 1e-10);
    assertClose(cause + " p", c.p(), p, 1e-9);
  }
}
