package org.psmapathway.core.response;

import org.psmapathway.core.text.Decimals;


/** Percent change between two measurements, compared with inclusive thresholds. */
final class PercentChange {

  /**
   * Percentage points allowed for binary rounding, so that a change that is exactly on an
   * inclusive threshold in decimal (3.3 → 2.31 mL is −30%, computed as −29.999999999999993) lands
   * on the threshold's side. Far below any clinically meaningful difference.
   */
  static final double TOLERANCE = 1e-9;

  private PercentChange() {}

  /** (after − before) / before × 100; {@code before} must be &gt; 0. */
  static double of(double before, double after) {
    return (after - before) * 100.0 / before;
  }

  /** change ≥ threshold, inclusive. */
  static boolean atLeast(double change, double threshold) {
    return change >= threshold - TOLERANCE;
  }

  /** change ≤ threshold, inclusive. */
  static boolean atMost(double change, double threshold) {
    return change <= threshold + TOLERANCE;
  }

  /** e.g. {@code +30.0%}. */
  static String format(double change) {
    return Decimals.signed(change, 1) + "%";
  }

  /** A threshold as written in rationales, e.g. {@code 30} or {@code 72.8}. */
  static String threshold(double value) {
    return Decimals.trimmed(value);
  }
}
