package org.psmapathway.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative comparison with R output; NaN on both sides stands for R's NA and counts as equal. */
final class Tolerance {

    private Tolerance() {
    }

    static void assertRelative(double actual, double expected, double relative, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " (R: NA)").isNaN();
            return;
        }
        assertThat(actual).as(what).isFinite();
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertThat(Math.abs(actual - expected) / scale).as(what + ": " + actual + " vs R "
                + expected)
                .isLessThanOrEqualTo(relative);
    }
}
