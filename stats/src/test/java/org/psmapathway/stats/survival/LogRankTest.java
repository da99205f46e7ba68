package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** survdiff on survival::lung ~ sex against R (lung_logrank_sex.csv): chi-square, p, O and E at 1e-10 relative. */
class LogRankTest {

  private static final double REL = 1e-10;
  private static final ReferenceCsv REF = ReferenceCsv.read("lung_logrank_sex.csv");

  @Test
  void logRankMatchesR() {
    check(0, LogRank.test(Lung.TIME, Lung.EVENT, Lung.BY_SEX));
  }

  @Test
  void stratifiedByEcogMatchesR() {
    // R drops the row with ph.ecog missing (n = 227)
    double[] ecog = Lung.CSV.numbers("ph.ecog");
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < ecog.length; i++) {
      if (!Double.isNaN(ecog[i])) {
        keep.add(i);
      }
    }
    double[] time = new double[keep.size()];
    int[] event = new int[keep.size()];
    int[] sex = new int[keep.size()];
    int[] stratum = new int[keep.size()];
    for (int j = 0; j < keep.size(); j++) {
      int i = keep.get(j);
      time[j] = Lung.TIME[i];
      event[j] = Lung.EVENT[i];
      sex[j] = Lung.SEX[i];
      stratum[j] = (int) ecog[i];
    }
    GroupCoding strata = GroupCoding.ofCodes(stratum);
    LogRankResult r = LogRank.test(time, event, GroupCoding.ofCodes(sex), strata.index(),
        strata.size(), 0);
    check(1, r);
    assertThat(r.groups().get(0).n()).isEqualTo(137);
  }

  @Test
  void petoPetoMatchesR() {
    check(2, LogRank.test(Lung.TIME, Lung.EVENT, Lung.BY_SEX, null, 0, 1));
  }

  private static void check(int row, LogRankResult r) {
    String what = REF.rows().get(row).get("test") + " ";
    assertClose(what + "chisq", r.statistic(), ReferenceCsv.number(REF.rows().get(row), "chisq"), REL);
    assertThat(r.df()).isEqualTo((int) ReferenceCsv.number(REF.rows().get(row), "df"));
    assertClose(what + "p", r.p(), ReferenceCsv.number(REF.rows().get(row), "p"), REL);
    assertClose(what + "observed male", r.groups().get(0).observed(), ReferenceCsv.number(REF.rows().get(row), "obs_male"), REL);
    assertClose(what + "expected male", r.groups().get(0).expected(), ReferenceCsv.number(REF.rows().get(row), "exp_male"), REL);
    assertThat(r.groups().get(0).group()).isEqualTo("1");
    // O − E sums to zero over groups and the variance rows sum to zero
    double sum = 0;
    for (LogRankResult.Group g : r.groups()) {
      sum += g.observed() - g.expected();
    }
    assertThat(Math.abs(sum)).isLessThan(1e-9);
    assertThat(Math.abs(r.variance()[0][0] + r.variance()[0][1])).isLessThan(1e-9);
  }

  @Test
  void smallExampleMatchesRVarianceMatrix() {
    // R: survdiff(Surv(c(1,2,3,4), c(1,1,0,0)) ~ c(1,1,2,2)): E = 0.8333, 1.1667, var
    // 0.4722222, chisq 2.88
    LogRankResult r = LogRank.test(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 0},
        GroupCoding.ofCodes(new int[] {1, 1, 2, 2}));
    assertClose("E1", r.groups().get(0).expected(), 2.0 / 4 + 1.0 / 3, 1e-14);
    assertClose("V11", r.variance()[0][0], 0.25 + 2.0 / 9, 1e-14);
    assertClose("chisq", r.statistic(), Math.pow(2 - 5.0 / 6, 2) / (0.25 + 2.0 / 9), 1e-14);
  }

  @Test
  void oneGroupIsAnError() {
    assertThatThrownBy(() -> LogRank.test(new double[] {1, 2}, new int[] {1, 0},
        GroupCoding.ofCodes(new int[] {1, 1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(
            "at least 2 groups");
  }
}
