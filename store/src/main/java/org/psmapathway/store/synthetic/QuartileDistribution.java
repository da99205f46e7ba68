package org.psmapathway.store.synthetic;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A positive quantity known only by its published median and interquartile range, drawn from a
 * two-piece ("split") log-normal: on the log scale a normal with one standard deviation below the
 * median and another above, so that the median and both quartiles are reproduced exactly however
 * skewed the IQR is (PSA at PET 0.4 (0.3–1.1) is far from symmetric on any scale).
 *
 * <p>Each tail is truncated at a plausibility bound by drawing within the tail only: the 25% below
 * Q1 stay below Q1 and above {@code floor}, the 25% above Q3 stay above Q3 and below {@code
 * ceiling}. The quartiles therefore remain exact after truncation.
 *
 * @param median published median
 * @param q1 published first quartile
 * @param q3 published third quartile
 * @param floor smallest value drawn (strictly below {@code q1})
 * @param ceiling largest value drawn (strictly above {@code q3})
 */
public record QuartileDistribution(double median, double q1, double q3, double floor,
    double ceiling) {

  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  /** Φ⁻¹(0.75): the quartile of the standard normal. */
  static final double Z75 = STANDARD.inverseCumulativeProbability(0.75);

  public QuartileDistribution {
    if (!(0 < floor && floor < q1 && q1 < median && median < q3 && q3 < ceiling)
        || !Double.isFinite(ceiling)) {
      throw new IllegalArgumentException("expected 0 < floor < q1 < median < q3 < ceiling < ∞, got "
          + floor + ", " + q1 + ", " + median + ", " + q3 + ", " + ceiling);
    }
  }

  /** Log-scale standard deviation below the median. */
  public double sigmaBelow() {
    return Math.log(median / q1) / Z75;
  }

  /** Log-scale standard deviation above the median. */
  public double sigmaAbove() {
    return Math.log(q3 / median) / Z75;
  }

  /** The value at probability {@code u} (0 &lt; u &lt; 1). */
  public double quantile(double u) {
    if (!(u > 0 && u < 1)) {
      throw new IllegalArgumentException("u: expected 0 < u < 1, got " + u);
    }
    double lnMedian = Math.log(median);
    if (u < 0.25) {
      // Map u ∈ (0, 0.25) onto (P(X < floor), 0.25) of the untruncated lower piece.
      double pFloor = STANDARD.cumulativeProbability(Math.log(floor / median) / sigmaBelow());
      double p = pFloor + u / 0.25 * (0.25 - pFloor);
      return Math.exp(lnMedian + sigmaBelow() * STANDARD.inverseCumulativeProbability(p));
    }
    if (u > 0.75) {
      double pCeiling = STANDARD.cumulativeProbability(Math.log(ceiling / median) / sigmaAbove());
      double p = 0.75 + (u - 0.75) / 0.25 * (pCeiling - 0.75);
      return Math.exp(lnMedian + sigmaAbove() * STANDARD.inverseCumulativeProbability(p));
    }
    double z = STANDARD.inverseCumulativeProbability(u);
    return Math.exp(lnMedian + (z < 0 ? sigmaBelow() : sigmaAbove()) * z);
  }

  /** One draw. */
  public double sample(SplittableRandom random) {
    double u;
    do {
      u = random.nextDouble();
    } while (u == 0);
    return quantile(u);
  }
}
