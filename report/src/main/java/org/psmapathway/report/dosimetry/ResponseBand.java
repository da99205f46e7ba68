package org.psmapathway.report.dosimetry;

/**
 * A fitted response probability and its pointwise interval as a function of dose, evaluated by the
 * caller's model (the figure samples it at its own resolution and does no statistics).
 */
@FunctionalInterface
public interface ResponseBand {

  /** Probability and interval at one dose. */
  record Point(double probability, double lower, double upper) {}

  /** The curve at {@code doseGy}; all three values in [0, 1]. */
  Point at(double doseGy);
}
