package org.psmapathway.dosimetry.kinetics;

import org.psmapathway.dosimetry.Lutetium177;

/**
 * Settings of a time-integrated-activity run.
 *
 * @param physicalHalfLifeH physical half-life of the radionuclide, h (λp = ln 2/T½ bounds every
 *     clearance rate)
 * @param weighting least-squares weights of the fits
 * @param head trapezoid head (explicit trapezoid and the fallback)
 * @param tail trapezoid tail
 * @param injectedMBq injected activity, MBq, for the residence time Ã/A₀; NaN when not given
 */
public record KineticsOptions(double physicalHalfLifeH, Weighting weighting, TrapezoidHead head,
    TrapezoidTail tail, double injectedMBq) {

  public KineticsOptions {
    Lutetium177.decayConstant(physicalHalfLifeH); // validates
    if (!Double.isNaN(injectedMBq) && !(injectedMBq > 0 && Double.isFinite(injectedMBq))) {
      throw new IllegalArgumentException("injected activity must be a positive number of MBq, got "
          + injectedMBq);
    }
  }

  /** Lutetium-177, relative weights, trapezoid A(0) = 0 with the last-two-points tail, no injected activity. */
  public static KineticsOptions lutetium177() {
    return new KineticsOptions(Lutetium177.HALF_LIFE_HOURS, Weighting.RELATIVE, TrapezoidHead.ZERO,
        TrapezoidTail.LAST_TWO, Double.NaN);
  }

  public KineticsOptions withWeighting(Weighting w) {
    return new KineticsOptions(physicalHalfLifeH, w, head, tail, injectedMBq);
  }

  public KineticsOptions withTrapezoid(TrapezoidHead h, TrapezoidTail t) {
    return new KineticsOptions(physicalHalfLifeH, weighting, h, t, injectedMBq);
  }

  public KineticsOptions withInjectedMBq(double mbq) {
    return new KineticsOptions(physicalHalfLifeH, weighting, head, tail, mbq);
  }

  public KineticsOptions withPhysicalHalfLifeH(double hours) {
    return new KineticsOptions(hours, weighting, head, tail, injectedMBq);
  }

  /** λp = ln 2/T½, 1/h. */
  public double lambdaPhys() {
    return Lutetium177.decayConstant(physicalHalfLifeH);
  }
}
