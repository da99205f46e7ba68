package org.psmapathway.stats.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input gets an exception naming the argument and what was expected; missing is counted. */
class TableOneInputTest {
  @Test
  void missingValuesAreDroppedAndCountedPerGroup() {
    ContinuousVariable v = TableOne.continuous("psa",
        new double[] {1, Double.NaN, 3, 4, Double.NaN, Double.NaN, 7, 8},
        new String[] {"A", "A", "A", "A", "B", "B", "B", "B"});
    assertThat(v.groups().get(0).n()).isEqualTo(3);
    assertThat(v.groups().get(0).missing()).isEqualTo(1);
    assertThat(v.groups().get(1).n()).isEqualTo(2);
    assertThat(v.groups().get(1).missing()).isEqualTo(2);
  }

  @Test
  void groupWithOneObservationIsRejectedByName() {
    assertThatThrownBy(() -> TableOne.continuous("psa", new double[] {1, 2, 3, Double.NaN},
        new String[] {"A", "A", "B", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("psa: group 'B' has 1 non-missing value; expected at least 2");
  }

  @Test
  void missingGroupLabelIsRejectedWithItsRow() {
    assertThatThrownBy(() -> TableOne.categorical("stage", new String[] {"a", "b", "a"},
        new String[] {"A", null, "B"}, CategoricalTest.AUTO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groups[1] is missing");
  }

  @Test
  void infiniteValueIsRejectedWithItsRow() {
    assertThatThrownBy(() -> TableOne.continuous("psa",
        new double[] {1, 2, Double.POSITIVE_INFINITY, 4}, new String[] {"A", "A", "B", "B"}))
        .hasMessageStartingWith("psa[2]: expected a finite number");
  }

  @Test
  void singleGroupIsRejected() {
    assertThatThrownBy(() -> TableOne.continuous("psa", new double[] {1, 2},
        new String[] {"A", "A"}))
        .hasMessage("psa: expected at least 2 groups, got 1");
  }

  @Test
  void oneObservedLevelIsReportedAsNotTested() {
    CategoricalVariable v = TableOne.categorical("n1", new String[] {"no", "no", null, "no"},
        new String[] {"A", "A", "B", "B"}, CategoricalTest.AUTO);
    assertThat(v.test()).isNull();
    assertThat(v.testChoice()).startsWith("not tested");
    assertThat(v.missing()).containsExactly(0, 1);
  }

  @Test
  void tooLargeTableForExactEnumerationIsRefusedNotApproximated() {
    int[][] table = new int[6][5];
    for (int[] row : table) {
      java.util.Arrays.fill(row, 40);
    }
    assertThatThrownBy(() -> FisherExact.test(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too many for exact enumeration")
        .hasMessageContaining("FEXACT");
  }

  @Test
  void allTiedValuesGiveNaLikeR() {
    // wilcox.test(c(1,1,1), c(1,1)) gives W = 3, p = NaN (normal approximation with zero variance).
    HypothesisTest t = WilcoxonRankSum.test(new double[] {1, 1, 1}, new double[] {1, 1});
    assertThat(t.statistic()).isEqualTo(3.0);
    assertThat(t.p()).isNaN();
  }
}
