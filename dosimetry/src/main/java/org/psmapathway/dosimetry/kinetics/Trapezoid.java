package org.psmapathway.dosimetry.kinetics;

/**
 * Numerical time-integrated activity: trapezoids between the measurements, a head from injection
 * and an exponential tail (research/dosimetry.md §2.3; the fallback when no exponential model can be
 * chosen). Needs no fit, so it works with 2 points and with zero activities.
 */
public final class Trapezoid {

  private Trapezoid() {}

  /**
   * @param lambdaPhys physical decay constant, 1/h
   * @throws TimeActivityException the mono-exponential head with a first or second activity of 0
   */
  public static TrapezoidIntegral integrate(TimeActivityCurve c, TrapezoidHead head,
      TrapezoidTail tail, double lambdaPhys) {
    if (!(lambdaPhys > 0) || !Double.isFinite(lambdaPhys)) {
      throw new IllegalArgumentException("physical decay constant must be > 0 per hour, got "
          + lambdaPhys);
    }
    int n = c.size();
    double t1 = c.t(0);
    double a1 = c.a(0);
    double headPart = switch (head) {
      case ZERO -> a1 * t1 / 2;
      case CONSTANT -> a1 * t1;
      case MONO_EXPONENTIAL -> {
        if (!(a1 > 0 && c.a(1) > 0)) {
          int row = a1 > 0 ? 1 : 0;
          throw new TimeActivityException(c.region(), c.givenRow(row), "mbq", "activity 0 MBq: "
              + "the mono-exponential head needs the first two activities > 0");
        }
        double lambda = Math.log(a1 / c.a(1)) / (c.t(1) - t1);
        // A₁(e^(λt₁) − 1)/λ, with expm1 so that a flat start (λ → 0) tends to A₁t₁ smoothly
        yield lambda == 0 ? a1 * t1 : a1 * Math.expm1(lambda * t1) / lambda;
      }
    };
    double body = 0;
    for (int i = 1; i < n; i++) {
      body += (c.t(i) - c.t(i - 1)) * (c.a(i) + c.a(i - 1)) / 2;
    }
    double an = c.a(n - 1);
    double lambdaTail = switch (tail) {
      case PHYSICAL -> lambdaPhys;
      case LAST_TWO -> {
        double prev = c.a(n - 2);
        double observed = an > 0 && prev > 0
            ? Math.log(prev / an) / (c.t(n - 1) - c.t(n - 2))
            : (an > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        yield Math.max(lambdaPhys, observed);
      }
    };
    double tailPart = an == 0 ? 0 : an / lambdaTail;
    return new TrapezoidIntegral(head, tail, headPart, body, tailPart, lambdaTail);
  }
}
