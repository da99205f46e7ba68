package org.psmapathway.stats.descriptive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text Table 1, checked as text. */
class TableOneTextTest {
  @Test
  void rendersMedianIqrCountsPercentagesAndNamedTests() {
    String[] groups = {"RT", "RT", "RT", "RT", "RT+ADT", "RT+ADT", "RT+ADT", "RT+ADT"};
    ContinuousVariable age = TableOne.continuous("age",
        new double[] {61, 66, 70, 72, 58, 64, Double.NaN, 69}, groups);
    CategoricalVariable stage = TableOne.categorical("stage",
        new String[] {"N1", "N0", "N0", "M1", "N1", "N1", "M1", null}, groups,
        CategoricalTest.AUTO);

    String text = TableOneText.render(List.of(age, stage), 1, false);

    // Hand-checked: quantile(c(61,66,70,72)) = 64.75 / 68 / 70.5; quantile(c(58,64,69)) = 61 / 64 /
    // 66.5; wilcox.test(c(61,66,70,72), c(58,64,69))$p.value = 0.4; fisher.test on
    // matrix(c(1, 2, 1, 1, 0, 2), 3) (levels M1, N0, N1) gives p = 0.6571429.
    assertThat(text).isEqualTo(String.join("\n",
        "Variable                          RT             RT+ADT        p",
        "age, median (IQR)  68.0 (64.8, 70.5)  64.0 (61.0, 66.5)  0.400 a",
        "  missing                          0                  1",
        "stage, n (%)                                             0.657 b",
        "  M1                       1 (25.0%)          1 (33.3%)",
        "  N0                       2 (50.0%)           0 (0.0%)",
        "  N1                       1 (25.0%)          2 (66.7%)",
        "  missing                          0                  1",
        "a: Wilcoxon rank sum exact test",
        "b: Fisher's Exact Test for Count Data",
        ""));
  }

  @Test
  void roundsTheExactBinaryValueHalfToEvenLikeSprintf() {
    // sprintf("%.2f", 0.125) is "0.12" in R (0.125 is exact in binary: a true tie, to even);
    // sprintf("%.1f", 0.15) is "0.1" (0.15 is stored as 0.1499999...).
    assertThat(TableOneText.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(TableOneText.fixed(0.375, 2)).isEqualTo("0.38");
    assertThat(TableOneText.fixed(0.15, 1)).isEqualTo("0.1");
    assertThat(TableOneText.fixed(2.675, 2)).isEqualTo("2.67");
  }
}
