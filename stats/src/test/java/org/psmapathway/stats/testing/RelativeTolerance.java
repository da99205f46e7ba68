package org.psmapathway.stats.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's comparison with R output (DESIGN.md: 1e-6 relative for statistics):
 * |actual − expected| ≤ relative · |expected|. R's NA ({@code NaN} here) must be NaN, an infinity
 * must be the same infinity, and an exact 0 in R must be 0 here too (to 1e-300).
 */
public final class RelativeTolerance {

  private RelativeTolerance() {}

  public static void assertClose(String what, double actual, double expected, double relative) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + " (R: NA)").isNaN();
      return;
    }
    if (Double.isInfinite(expected)) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    double scale = Math.max(Math.abs(expected), 1e-300);
    assertThat(Math.abs(actual - expected))
        .as("%s: actual %s, R %s", what, actual, expected)
        .isLessThanOrEqualTo(relative * scale);
  }
}
