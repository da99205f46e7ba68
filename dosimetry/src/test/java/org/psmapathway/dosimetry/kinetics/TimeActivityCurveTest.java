package org.psmapathway.dosimetry.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeActivityCurveTest {

  @Test
  void sortsByTimeAndRemembersTheGivenRows() {
    TimeActivityCurve c = TimeActivityCurve.of("kidney", new double[] {96, 4, 24},
        new double[] {3, 10, 8});
    assertThat(c.hours()).containsExactly(4, 24, 96);
    assertThat(c.mbq()).containsExactly(10, 8, 3);
    assertThat(c.givenRow(0)).isEqualTo(1);
    assertThat(c.givenRow(2)).isZero();
    assertThat(c.peak()).isZero();
  }

  @Test
  void timeBeforeInjection() {
    TimeActivityException e = catchCurve("spleen", new double[] {4, -2, 24}, new double[] {1, 2, 3});
    assertThat(e).hasMessage("region \"spleen\", row 2: time -2.0 h is before injection; expected "
        + "hours ≥ 0 after injection");
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.column()).isEqualTo("hours");
  }

  @Test
  void negativeActivity() {
    TimeActivityException e = catchCurve("liver", new double[] {4, 24}, new double[] {1, -0.5});
    assertThat(e).hasMessage("region \"liver\", row 2: activity -0.5 MBq is negative; expected "
        + "MBq ≥ 0");
    assertThat(e.column()).isEqualTo("mbq");
  }

  @Test
  void fewerThanTwoPoints() {
    TimeActivityException e = catchCurve("lesion", new double[] {24}, new double[] {1});
    assertThat(e).hasMessageStartingWith("region \"lesion\": 1 time point; at least 2 are needed");
    assertThat(e.row()).isEqualTo(-1);
  }

  @Test
  void duplicateTimes() {
    TimeActivityException e = catchCurve("kidney", new double[] {24, 4, 24},
        new double[] {1, 2, 3});
    assertThat(e).hasMessage("region \"kidney\", row 3: time 24.0 h appears twice (measurements 1 "
        + "and 3 of the region); expected one measurement per time");
    assertThat(e.row()).isEqualTo(2);
  }

  @Test
  void notANumber() {
    assertThat(catchCurve("k", new double[] {4, Double.NaN}, new double[] {1, 2}))
        .hasMessageContaining("row 2: time must be a finite number");
    assertThat(catchCurve("k", new double[] {4, 5}, new double[] {1, Double.POSITIVE_INFINITY}))
        .hasMessageContaining("row 2: activity must be a finite number");
  }

  private static TimeActivityException catchCurve(String region, double[] t, double[] a) {
    try {
      TimeActivityCurve.of(region, t, a);
    } catch (TimeActivityException e) {
      return e;
    }
    throw new AssertionError("accepted " + region);
  }

  @Test
  void mismatchedLengths() {
    assertThatThrownBy(() -> TimeActivityCurve.of("k", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("2 times but 1 activities");
  }
}
