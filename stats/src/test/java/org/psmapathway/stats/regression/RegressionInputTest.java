package org.psmapathway.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets an exception naming the argument, row and what was expected. */
class RegressionInputTest {
  private static final double[] DOSE = {10, 12, 15, 18, 20, 22, 25, 30, 35, 40};

  @Test
  void outcomeThatIsNotZeroOrOneIsRejectedWithItsRow() {
    double[] y = {0, 1, 0, 2, 1, 0, 1, 1, 0, 1};
    assertThatThrownBy(() -> Logistic.fit(y, new double[][] {DOSE}, List.of("dose"), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outcome[3]: expected 0 or 1 (or NaN for missing), got 2.0");
    assertThatThrownBy(() -> Roc.analyse(DOSE, y, RocDirection.CONTROLS_LOWER))
        .hasMessage("outcome[3]: expected 0 or 1 (or NaN for missing), got 2.0");
  }

  @Test
  void outcomeWithoutVariationIsRejected() {
    double[] y = {1, 1, 1, 1, 1, 1, 1, 1, 1, Double.NaN};
    assertThatThrownBy(() -> Logistic.fit(y, new double[][] {DOSE}, List.of("dose"), true))
        .hasMessage("outcome: expected both 0 and 1 among the 9 complete rows, got only 1");
  }

  @Test
  void missingRowsAreDroppedAndCounted() {
    double[] y = {0, 1, 0, 0, 1, 0, 1, 1, Double.NaN, 1};
    double[] dose = DOSE.clone();
    dose[2] = Double.NaN;
    LogisticFit fit = Logistic.fit(y, new double[][] {dose}, List.of("dose"), true);
    assertThat(fit.observations()).isEqualTo(8);
    assertThat(fit.droppedRows()).isEqualTo(2);
    RocAnalysis roc = Roc.analyse(dose, y, RocDirection.CONTROLS_LOWER);
    assertThat(roc.droppedRows()).isEqualTo(2);
    assertThat(roc.cases() + roc.controls()).isEqualTo(8);
  }

  @Test
  void rocNeedsTwoCasesAndTwoControls() {
    double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assertThatThrownBy(() -> Roc.analyse(DOSE, y, RocDirection.CONTROLS_LOWER))
        .hasMessage("outcome: expected at least 2 cases (1) and 2 controls (0) with a score,"
            + " got 1 cases and 9 controls");
  }

  @Test
  void columnLengthAndNamesAreChecked() {
    double[] y = {0, 1, 0, 0, 1, 0, 1, 1, 0, 1};
    assertThatThrownBy(() -> Logistic.fit(y, new double[][] {{1, 2}}, List.of("dose"), true))
        .hasMessage("columns[0] (dose): expected 10 rows like the outcome, got 2");
    assertThatThrownBy(() -> Logistic.fit(y, new double[][] {DOSE}, List.of(), true))
        .hasMessageStartingWith("terms: expected one name per column");
  }
}
