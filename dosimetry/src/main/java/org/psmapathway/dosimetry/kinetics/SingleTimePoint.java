package org.psmapathway.dosimetry.kinetics;

/**
 * Time-integrated activity from one measurement (research/dosimetry.md §2.4). All three methods
 * assume mono-exponential washout after the measurement; they differ in where the effective
 * half-life comes from.
 */
public final class SingleTimePoint {

  private static final double LN2 = Math.log(2);

  private SingleTimePoint() {}

  /**
   * Hänscheid 2018: Ã ≈ A(t)·2t/ln 2. Against the exact mono-exponential TIA the ratio is
   * 2x/2^x with x = t/T_eff ({@link #haenscheidRatio}): exact at x = 1 and 2, at most +6.15 %
   * (x = 1/ln 2), within −10 %/+6.2 % for 0.764 ≤ x ≤ 2.437.
   */
  public static StpEstimate haenscheid(double hours, double mbq) {
    check(hours, mbq);
    return new StpEstimate(StpMethod.HAENSCHEID, hours, mbq, Double.NaN, mbq * 2 * hours / LN2);
  }

  /**
   * Madsen 2018: Ã = A(t)·e^(λt)/λ, λ = ln 2/T_eff from a population (or any other source). Exact
   * for mono-exponential washout with that T_eff; the sensitivity to an error in T_eff vanishes at
   * t = T_eff/ln 2.
   *
   * @param effectiveHalfLifeH T_eff in hours, > 0
   */
  public static StpEstimate madsen(double hours, double mbq, double effectiveHalfLifeH) {
    check(hours, mbq);
    if (!(effectiveHalfLifeH > 0) || !Double.isFinite(effectiveHalfLifeH)) {
      throw new IllegalArgumentException("effective half-life must be a positive number of hours, "
          + "got " + effectiveHalfLifeH);
    }
    double lambda = LN2 / effectiveHalfLifeH;
    return new StpEstimate(StpMethod.MADSEN, hours, mbq, effectiveHalfLifeH,
        mbq * Math.exp(lambda * hours) / lambda);
  }

  /**
   * Cycle-1 kinetics reused in a later cycle (Del Prete 2018): the cycle-1 fitted curve, scaled to
   * the later measurement, Ã = A(t)·Ã₁/Â₁(t). For a mono-exponential cycle 1 this is Madsen's
   * formula with the patient's own λ_eff; for a bi-exponential it keeps the whole shape.
   *
   * @throws IllegalArgumentException when the cycle-1 curve is 0 at {@code hours} (nothing to scale)
   */
  public static StpEstimate priorCycle(KineticFit cycle1, double hours, double mbq) {
    check(hours, mbq);
    double at = cycle1.model().value(cycle1.parameters(), hours);
    if (!(at > 0) || !Double.isFinite(at)) {
      throw new IllegalArgumentException("the cycle-1 " + cycle1.model().label()
          + " curve is " + at + " MBq at " + hours + " h; a later measurement can only be scaled "
          + "where it is > 0");
    }
    return new StpEstimate(StpMethod.PRIOR_CYCLE, hours, mbq, cycle1.effectiveHalfLifeHours(),
        mbq * cycle1.tiaMBqH() / at);
  }

  /**
   * Hänscheid estimate over exact mono-exponential TIA, 2x/2^x with x = t/T_eff (research/dosimetry.md
   * §2.4): the method's bias when washout is mono-exponential with half-life T_eff.
   */
  public static double haenscheidRatio(double hours, double effectiveHalfLifeH) {
    double x = hours / effectiveHalfLifeH;
    return 2 * x / Math.pow(2, x);
  }

  private static void check(double hours, double mbq) {
    if (!(hours > 0) || !Double.isFinite(hours)) {
      throw new IllegalArgumentException("time of the measurement must be a positive number of "
          + "hours after injection, got " + hours);
    }
    if (!(mbq >= 0) || !Double.isFinite(mbq)) {
      throw new IllegalArgumentException("activity must be a number of MBq ≥ 0, got " + mbq);
    }
  }
}
