package org.psmapathway.stats.descriptive;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's comparison against R: |actual − expected| ≤ tol · max(|expected|, tiny). */
public final class RelativeTolerance {
  private RelativeTolerance() {}

  public static void assertClose(String what, double actual, double expected, double tolerance) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + " (R: NA)").isNaN();
      return;
    }
    if (Double.isInfinite(expected)) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    // An exact 0 in R must be an exact 0 (to 1e-300) here too.
    double scale = Math.max(Math.abs(expected), 1e-300);
    assertThat(Math.abs(actual - expected))
        .as("%s: actual %s, R %s", what, actual, expected)
        .isLessThanOrEqualTo(tolerance * scale);
  }
}
